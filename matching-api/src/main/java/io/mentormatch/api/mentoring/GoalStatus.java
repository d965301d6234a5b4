package io.mentormatch.api.mentoring;

public enum GoalStatus {
    NOT_STARTED, IN_PROGRESS, ACHIEVED, DROPPED
}
