package dev.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** "parley schema": prints the JSON Schema of the output, so users validate against the schema of their parley. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = ParleyCommand.Version.class,
        description = {"Print the JSON Schema (draft 2020-12) of parley's output, format parley-events/1.", ""},
        footer = {"", "Examples:", "  parley schema > parley-events-1.schema.json",
            "  parley extract news/ -o events.json && check-jsonschema --schemafile parley-events-1.schema.json events.json"})
public final class SchemaCommand implements Callable<Integer> {
    static final String RESOURCE = "/dev/parley/schema/parley-events-1.schema.json";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        out.print(schema());
        if (out.checkError()) throw new dev.parley.corpus.CannotRunException(ExtractCommand.stdoutFailure(out));
        return ExitCodes.OK;
    }

    static String schema() throws IOException {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("schema resource " + RESOURCE + " missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
