package io.mentormatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract against what the tests saw: every status a MockMvc test observed on an operation
 * ({@link ObservedResponses}, written during the unit tests, e.g. {@code RoleMatrixTest} and {@code BadInputTest})
 * must be a response the OpenAPI document declares for it ({@code ApiDocumentTest} writes the document). Runs with
 * failsafe because it reads what the surefire tests wrote. A declared status no test observed is reported in
 * {@value #REPORT}, not failed: some (503, 429) need an overloaded service to appear.
 */
class ApiContractIT {

    static final String REPORT = "target/api-contract-report.txt";

    record Operation(String method, String template, Pattern pattern, int variables, Set<String> declared) {

        String key() {
            return method + " " + template;
        }
    }

    @Test
    void declaresEveryObservedStatus() throws Exception {
        Path documentFile = Path.of("target", "openapi.json");
        Path observedFile = Path.of(ObservedResponses.FILE);
        assertThat(documentFile).as("written by ApiDocumentTest").exists();
        assertThat(observedFile).as("written by the MockMvc tests, e.g. RoleMatrixTest and BadInputTest").exists();
        List<Operation> operations = operations(JsonMapper.builder().build().readTree(documentFile.toFile()));

        Map<String, Set<String>> observed = new TreeMap<>();
        Set<String> outsideTheContract = new TreeSet<>();
        List<String> undeclared = new ArrayList<>();
        for (String line : Files.readAllLines(observedFile)) {
            String[] fields = line.split("\t");
            Optional<Operation> operation = find(operations, fields[0], fields[1]);
            if (operation.isEmpty()) {
                // a path or method the API does not have (BadInputTest tries them): 404 or 405, no operation to check
                outsideTheContract.add(line.replace('\t', ' '));
                continue;
            }
            observed.computeIfAbsent(operation.get().key(), k -> new TreeSet<>()).add(fields[2]);
            if (!operation.get().declared().contains(fields[2])) {
                undeclared.add(operation.get().key() + " answered " + fields[2] + " (" + fields[1] + ")");
            }
        }
        Files.writeString(Path.of(REPORT), report(operations, observed, outsideTheContract));
        assertThat(undeclared).as("statuses the tests observed that the contract does not declare").isEmpty();
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String regex = "\\Q" + path.getKey().replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            int variables = path.getKey().split("\\{", -1).length - 1;
            operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), Pattern.compile(regex),
                    variables, new TreeSet<>(method.getValue().get("responses").propertyNames())));
        }));
        return operations;
    }

    /** Spring's choice among matching templates: the one with the fewest variables (/proposals/send over /{id}). */
    private static Optional<Operation> find(List<Operation> operations, String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
                .min(Comparator.comparingInt(Operation::variables));
    }

    private static String report(List<Operation> operations, Map<String, Set<String>> observed, Set<String> outside) {
        StringBuilder report = new StringBuilder("Declared statuses no test observed, by operation:\n");
        Map<String, Integer> unobservedByStatus = new TreeMap<>();
        int neverCalled = 0;
        for (Operation operation : operations) {
            Set<String> seen = observed.get(operation.key());
            if (seen == null) {
                neverCalled++;
                report.append("  ").append(operation.key()).append(": never called by a MockMvc test\n");
                continue;
            }
            Set<String> missing = new TreeSet<>(operation.declared());
            missing.removeAll(seen);
            missing.forEach(status -> unobservedByStatus.merge(status, 1, Integer::sum));
            if (!missing.isEmpty()) {
                report.append("  ").append(operation.key()).append(": observed ").append(seen)
                        .append(", never ").append(missing).append('\n');
            }
        }
        report.append("\nOperations: ").append(operations.size()).append(", called: ").append(observed.size())
                .append(", never called: ").append(neverCalled).append('\n');
        report.append("Unobserved declared statuses (operations per status): ").append(unobservedByStatus).append('\n');
        report.append("\nRequests outside the contract (no such operation):\n");
        outside.forEach(line -> report.append("  ").append(line).append('\n'));
        return report.toString();
    }
}
