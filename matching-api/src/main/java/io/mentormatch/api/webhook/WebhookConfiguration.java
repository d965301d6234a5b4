package io.mentormatch.api.webhook;

import java.net.http.HttpClient;
import java.time.Duration;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The webhook outbox's sender, a repeating Quartz job in the clustered job store (one instance at a time, as mail
 * delivery), and the HTTP client it posts with: no redirects, since a redirect could lead past the allow-list to an
 * internal address; short timeouts; and optionally the trust store of an SSL bundle
 * ({@code mentormatch.webhooks.ssl-bundle}), e.g. for a hospital's TLS-inspecting proxy.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final JobKey DELIVERY = JobKey.jobKey("webhook-delivery", "webhooks");

    @Bean
    HttpClient webhookHttpClient(SslBundles bundles, @Value("${mentormatch.webhooks.ssl-bundle:}") String bundle) {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT);
        if (!bundle.isBlank()) {
            builder.sslContext(bundles.getBundle(bundle).createSslContext());
        }
        return builder.build();
    }

    @Bean
    JobDetail webhookDeliveryJob() {
        return JobBuilder.newJob(WebhookDeliveryJob.class).withIdentity(DELIVERY).storeDurably().build();
    }

    /** After downtime a missed round is not made up: the next round does the same work. */
    @Bean
    Trigger webhookDeliveryTrigger(JobDetail webhookDeliveryJob,
                                   @Value("${mentormatch.webhooks.delivery-interval:10s}") Duration every) {
        return TriggerBuilder.newTrigger().forJob(webhookDeliveryJob).withIdentity(DELIVERY.getName(), DELIVERY.getGroup())
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @DisallowConcurrentExecution
    static class WebhookDeliveryJob extends QuartzJobBean {

        private final WebhookDelivery delivery;

        WebhookDeliveryJob(WebhookDelivery delivery) {
            this.delivery = delivery;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            delivery.deliverDue();
        }
    }
}
