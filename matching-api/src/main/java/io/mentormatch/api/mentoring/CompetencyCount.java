package io.mentormatch.api.mentoring;

public record CompetencyCount(Competency competency, long goals) {
}
