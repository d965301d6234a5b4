package io.mentormatch.api.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import io.mentormatch.api.problem.DomainException;
import io.mentormatch.api.problem.NotFound;
import io.mentormatch.api.problem.Problems;
import io.mentormatch.api.problem.StateConflict;

/**
 * Every problem type the API can answer, by HTTP status: the fixed ones of {@link Problems} and one per domain fact
 * ({@link DomainException} subclass), found on the class path so that a new fact is in the contract at once.
 * The statuses follow {@link ProblemAdvice} and the security filters.
 */
final class ProblemTypes {

    private ProblemTypes() {
    }

    static Map<Integer, Set<URI>> byStatus() {
        Map<Integer, Set<URI>> types = new TreeMap<>();
        add(types, 400, Problems.VALIDATION, Problems.MALFORMED_REQUEST);
        add(types, 401, Problems.UNAUTHENTICATED, Problems.SESSION_ENDED, Problems.SECOND_FACTOR_REQUIRED);
        add(types, 403, Problems.FORBIDDEN, Problems.PASSWORD_CHANGE_REQUIRED, Problems.SECOND_FACTOR_ENROLMENT_REQUIRED);
        add(types, 404, Problems.NOT_FOUND);
        add(types, 409, Problems.CONCURRENT_EDIT, Problems.DATA_CONFLICT);
        add(types, 413, Problems.PAYLOAD_TOO_LARGE);
        add(types, 415, Problems.UNSUPPORTED_MEDIA_TYPE);
        add(types, 429, Problems.TOO_MANY_REQUESTS, Problems.TOO_MANY_SIGN_IN_ATTEMPTS);
        add(types, 500, Problems.INTERNAL_ERROR);
        add(types, 503, Problems.SERVICE_BUSY);
        for (Class<? extends DomainException> fact : facts()) {
            int status = NotFound.class.isAssignableFrom(fact) ? 404 : StateConflict.class.isAssignableFrom(fact) ? 409 : 400;
            add(types, status, DomainException.typeOf(fact));
        }
        return types;
    }

    private static void add(Map<Integer, Set<URI>> types, int status, URI... uris) {
        types.computeIfAbsent(status, s -> new TreeSet<>()).addAll(List.of(uris));
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends DomainException>> facts() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainException.class));
        String root = ClassUtils.getPackageName(DomainException.class).replaceAll("\\.system$", "");
        return scanner.findCandidateComponents(root).stream().map(BeanDefinition::getBeanClassName)
                .<Class<? extends DomainException>>map(name -> (Class<? extends DomainException>)
                        ClassUtils.resolveClassName(name, ProblemTypes.class.getClassLoader()))
                .toList();
    }
}
