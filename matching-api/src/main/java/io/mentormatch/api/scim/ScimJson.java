package io.mentormatch.api.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.utils.JsonUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.mentormatch.api.web.ScimErrors;

/** SCIM bodies as text, read and written by UnboundID's Jackson 2 mapper (the SCIM types' annotations are Jackson 2's). */
final class ScimJson {

    static final MediaType SCIM = MediaType.parseMediaType(ScimErrors.MEDIA_TYPE);

    private ScimJson() {
    }

    static <T> T read(String body, Class<T> type) throws BadRequestException {
        if (body == null || body.isBlank()) {
            throw BadRequestException.invalidSyntax("the request has no body");
        }
        try {
            T value = JsonUtils.getObjectReader().forType(type).readValue(body);
            if (value == null || !type.isInstance(value)) {
                throw BadRequestException.invalidSyntax("the body is not a SCIM " + type.getSimpleName() + " in JSON");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw BadRequestException.invalidSyntax("the body is not a SCIM " + type.getSimpleName() + " in JSON");
        }
    }

    static String write(Object value) {
        try {
            return JsonUtils.getObjectWriter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a SCIM resource could not be written", e);
        }
    }

    static ResponseEntity<String> ok(Object value) {
        return answer(HttpStatus.OK, value);
    }

    static ResponseEntity<String> answer(HttpStatus status, Object value) {
        return ResponseEntity.status(status).contentType(SCIM).body(write(value));
    }
}
