package io.mentormatch.api.webhook;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A message in the format each chat service expects: Slack Block Kit (a header, the sentence, a link button) and,
 * for a Teams Workflows webhook, a message whose one attachment is an Adaptive Card 1.4. People's names go in as
 * plain text, so a name can neither mention the whole channel in Slack nor format a card.
 */
final class WebhookPayloads {

    static final String BUTTON = "Open in Mentor matching";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookPayloads() {
    }

    static String of(ChatApp app, WebhookMessage message) {
        return JSON.writeValueAsString(app == ChatApp.SLACK ? slack(message) : teams(message));
    }

    private static ObjectNode slack(WebhookMessage message) {
        ObjectNode root = JSON.createObjectNode();
        // the text of the phone notification; unlike plain_text blocks it is mrkdwn, so & < > are escaped
        root.put("text", slackEscaped(message.title() + ": " + message.body()));
        ArrayNode blocks = root.putArray("blocks");
        blocks.addObject().put("type", "header").set("text", plainText(limit(message.title(), 150)));
        blocks.addObject().put("type", "section").set("text", plainText(limit(message.body(), 3000)));
        if (message.link() != null) {
            ObjectNode button = blocks.addObject().put("type", "actions").putArray("elements").addObject();
            button.put("type", "button").set("text", plainText(BUTTON));
            button.put("url", message.link());
        }
        return root;
    }

    private static ObjectNode plainText(String text) {
        return JSON.createObjectNode().put("type", "plain_text").put("text", text).put("emoji", false);
    }

    private static ObjectNode teams(WebhookMessage message) {
        ObjectNode card = JSON.createObjectNode();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", message.title()).put("weight", "Bolder")
                .put("size", "Medium").put("wrap", true);
        body.addObject().put("type", "TextBlock").put("text", message.body()).put("wrap", true);
        if (message.link() != null) {
            card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", BUTTON)
                    .put("url", message.link());
        }
        ObjectNode root = JSON.createObjectNode().put("type", "message");
        ObjectNode attachment = root.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        attachment.set("content", card);
        return root;
    }

    private static String slackEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
