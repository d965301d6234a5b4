package io.mentormatch.api.roster;

import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.mentormatch.api.problem.FieldProblem;

/** Uploaded text must be UTF-8: a file saved in another encoding is refused rather than imported garbled. */
final class Utf8 {

    private Utf8() {
    }

    static Reader reader(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw new InvalidRoster(List.of(FieldProblem.of("$", "the file is not UTF-8 text; save it as CSV UTF-8")));
        }
    }
}
