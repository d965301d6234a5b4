package io.mentormatch.api.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a block of code sends to the database: the test data source is wrapped by
 * datasource-proxy, and every execution on the counting thread counts once (a JDBC batch of many inserts is one round
 * trip, so it counts once). Other threads (the mail delivery job, Quartz) are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCount implements QueryExecutionListener {

    private final ThreadLocal<List<String>> executed = new ThreadLocal<>();

    @Bean
    static BeanPostProcessor countingDataSource(StatementCount count) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource
                        ? ProxyDataSourceBuilder.create(beanName, dataSource).listener(count).build()
                        : bean;
            }
        };
    }

    /** What the work returned and the statements it sent, in order: one per execution, a batch as its first. */
    public <T> Counted<T> of(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        executed.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            executed.remove();
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        List<String> statements = executed.get();
        if (statements != null) {
            statements.add((execInfo.isBatch() ? "batch of " + execInfo.getBatchSize() + ": " : "")
                    + queryInfoList.get(0).getQuery());
        }
    }

    /** What a block returned and the statements it sent. */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }

        /**
         * The statements sent once per call rather than once per 50 rows: all but the JDBC batches (each writes up to
         * 50 rows) and the sequence reads (each hands out 50 ids), whose number grows with the rows written.
         */
        public int perCall() {
            return count() - batches() - sequenceReads();
        }

        public int batches() {
            return (int) statements.stream().filter(s -> s.startsWith("batch of ")).count();
        }

        /** Batches cut short of 50 rows: the last of a flush, or one an identity insert cut off. */
        public int shortBatches() {
            return (int) statements.stream().filter(s -> s.startsWith("batch of ") && !s.startsWith("batch of 50:")).count();
        }

        /** How many different statements went in batches. */
        public int batchedStatements() {
            return (int) statements.stream().filter(s -> s.startsWith("batch of "))
                    .map(s -> s.substring(s.indexOf(": ") + 2)).distinct().count();
        }

        public int sequenceReads() {
            return (int) statements.stream().filter(s -> s.contains("next value for ") || s.contains("nextval(")).count();
        }

        /** Each distinct statement with how often it was sent, to find the one that repeats. */
        public Map<String, Integer> repeats() {
            Map<String, Integer> repeats = new TreeMap<>();
            statements.forEach(s -> repeats.merge(s, 1, Integer::sum));
            return repeats;
        }
    }
}
