package io.mentormatch.api.cohort;

import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
class CohortController {

    private final CohortService cohorts;

    CohortController(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CohortView create(@Valid @RequestBody NewCohort request) {
        return cohorts.create(request);
    }

    @GetMapping
    PagedModel<CohortView> list(@PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(cohorts.list(pageable));
    }

    @GetMapping("/{cohortId}")
    CohortView get(@PathVariable long cohortId) {
        return cohorts.get(cohortId);
    }

    @PutMapping(path = "/{cohortId}/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    CohortView updateSettings(@PathVariable long cohortId, @Valid @RequestBody CohortSettings settings) {
        return cohorts.updateSettings(cohortId, settings);
    }

    @PostMapping(path = "/{cohortId}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    CohortView transition(@PathVariable long cohortId, @Valid @RequestBody TransitionRequest request) {
        return cohorts.transition(cohortId, request.to());
    }
}
