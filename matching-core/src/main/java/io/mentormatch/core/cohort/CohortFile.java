package io.mentormatch.core.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the cohort file (format version 1); every read is validated. */
public final class CohortFile {

    /** Shared with the result file so both are written the same way. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CohortFile() {
    }

    public static Cohort read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @throws InvalidCohortException naming every problem, each with its field and id */
    public static Cohort read(InputStream json) {
        return CohortValidator.validate(parse(json));
    }

    public static CohortDocument parse(InputStream json) {
        try {
            CohortDocument document = JSON.readValue(json, CohortDocument.class);
            if (document == null) {
                throw new InvalidCohortException(List.of(new CohortProblem("$", null, "the file is empty")));
            }
            return document;
        } catch (DatabindException e) {
            throw new InvalidCohortException(List.of(new CohortProblem(
                    e.getPathReference().isEmpty() ? "$" : e.getPathReference(), null,
                    e.getOriginalMessage() + at(e.getLocation()))));
        } catch (JacksonException e) {
            throw new InvalidCohortException(List.of(new CohortProblem("$", null,
                    "malformed JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage())));
        }
    }

    public static void write(Cohort cohort, OutputStream out) {
        JSON.writeValue(out, CohortDocument.from(cohort));
    }

    public static void write(Cohort cohort, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(cohort, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
