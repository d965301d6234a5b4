package io.mentormatch.api.webhook;

/** Where a program's webhook posts: each expects its own message format. */
public enum ChatApp {
    /** A Slack incoming webhook: Block Kit. */
    SLACK,
    /** A Microsoft Teams Workflows webhook ("When a Teams webhook request is received"): an Adaptive Card. */
    TEAMS
}
