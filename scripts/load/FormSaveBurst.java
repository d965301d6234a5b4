import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Residents saving their preference forms around the deadline: each of N residents (accounts PREFIX1@load.example
 * ... PREFIXN@load.example, residents R1 ... RN of the cohort) reads their form, then saves it once, at a moment
 * drawn uniformly from the next SPREAD seconds (0 = all at the same instant). Prints the status counts and the
 * latency percentiles of the saves. Loopback only, bounded: one save per resident.
 *
 * java scripts/load/FormSaveBurst.java BASE_URL COHORT_ID N PREFIX PASSWORD SPREAD_SECONDS
 */
public class FormSaveBurst {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)\\s*}\\s*$");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long cohortId = Long.parseLong(args[1]);
        int n = Integer.parseInt(args[2]);
        String prefix = args[3];
        String password = args[4];
        double spreadSeconds = Double.parseDouble(args[5]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        String[] auth = new String[n + 1];
        long[] versions = new long[n + 1];
        for (int i = 1; i <= n; i++) {
            auth[i] = "Basic " + Base64.getEncoder().encodeToString(
                    (prefix + i + "@load.example:" + password).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> form = client.send(HttpRequest.newBuilder(uri(base, cohortId, i))
                    .header("Authorization", auth[i]).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher version = VERSION.matcher(form.body());
            if (form.statusCode() != 200 || !version.find()) {
                throw new IllegalStateException("cannot read the form of R" + i + ": " + form.statusCode() + " " + form.body());
            }
            versions[i] = Long.parseLong(version.group(1));
        }

        Random random = new Random(1);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        List<CompletableFuture<long[]>> saves = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            int resident = i;
            long delay = (long) (random.nextDouble() * spreadSeconds * 1_000_000);
            String body = """
                    {"version": %d, "form": {"careerGoal": "clinician educator %d", "interests": ["research", "teaching"],
                     "availability": ["MON-18", "WED-07"], "ranking": ["F%d", "F%d"], "openToOtherSpecialties": true}}"""
                    .formatted(versions[i], i, 1 + i % 100, 1 + (i + 37) % 100);
            CompletableFuture<long[]> save = new CompletableFuture<>();
            timer.schedule(() -> {
                long sent = System.nanoTime();
                client.sendAsync(HttpRequest.newBuilder(uri(base, cohortId, resident)).header("Authorization", auth[resident])
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, error) -> save.complete(new long[] {
                                error == null ? response.statusCode() : -1, System.nanoTime() - sent}));
            }, delay, TimeUnit.MICROSECONDS);
            saves.add(save);
        }
        CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        double wall = (System.nanoTime() - start) / 1e9;
        timer.shutdown();

        Map<Long, Integer> statuses = new TreeMap<>();
        long[] millis = new long[n];
        for (int i = 0; i < n; i++) {
            long[] outcome = saves.get(i).get();
            statuses.merge(outcome[0], 1, Integer::sum);
            millis[i] = outcome[1] / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        System.out.printf("form saves: %d residents over %.1f s (spread %.1f s), statuses %s%n", n, wall, spreadSeconds, statuses);
        System.out.printf("latency ms: p50 %d, p90 %d, p99 %d, max %d%n",
                pct(millis, 50), pct(millis, 90), pct(millis, 99), millis[n - 1]);
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static URI uri(String base, long cohortId, int resident) {
        return URI.create(base + "/api/cohorts/" + cohortId + "/residents/R" + resident + "/preferences");
    }
}
