package io.mentormatch.core.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The command and its {@code --name value} options, checked against the options the command knows. */
record Arguments(String command, Map<String, String> options) {

    static Arguments parse(String[] args, Map<String, Set<String>> optionsByCommand) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String command = args[0];
        Set<String> known = optionsByCommand.get(command);
        if (known == null) {
            throw new UsageException("unknown command '" + command + "'");
        }
        Map<String, String> options = new HashMap<>();
        List<String> rest = List.of(args).subList(1, args.length);
        for (int i = 0; i < rest.size(); i += 2) {
            String name = rest.get(i);
            if (!name.startsWith("--") || !known.contains(name.substring(2))) {
                throw new UsageException("unknown option '" + name + "' for " + command);
            }
            if (i + 1 >= rest.size()) {
                throw new UsageException("option " + name + " needs a value");
            }
            options.put(name.substring(2), rest.get(i + 1));
        }
        return new Arguments(command, options);
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new UsageException("option --" + name + " is required"));
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** A mistake in how the command line was typed. */
    static final class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message);
        }
    }
}
