package io.mentormatch.api.goal;

public record CompetencyCount(Competency competency, long goals) {
}
