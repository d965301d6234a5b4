package io.mentormatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

import io.mentormatch.api.problem.Problems;

/** Database trouble that is not the client's fault: never a 500, and the client learns it may try again. */
class ProblemAdviceTest {

    private final ProblemAdvice advice = new ProblemAdvice();

    @Test
    void answersNoConnectionInTimeWith503AndRetryAfter() {
        ResponseEntity<Object> answer = advice.busy(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(((ProblemDetail) answer.getBody()).getType()).isEqualTo(Problems.SERVICE_BUSY);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).doesNotContain("Hikari");
    }

    @Test
    void answersDeadlockVictimWith409() {
        ResponseEntity<Object> answer = advice.lockConflict(new CannotAcquireLockException("deadlock detected"));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(((ProblemDetail) answer.getBody()).getType()).isEqualTo(Problems.CONCURRENT_EDIT);
    }
}
