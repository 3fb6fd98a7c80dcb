package dev.parley.cli;

/**
 * The command a user typed to run parley, for the commands that messages tell them to type: what bin/parley was
 * called as (it passes its own $0 as the system property parley.command), "java -jar PATH" when the jar was run
 * directly, else "parley". Shell-quoted, so a path with spaces can be pasted as it is.
 */
final class CommandName {
    /** The system property bin/parley sets to the path it was invoked by. */
    static final String PROPERTY = "parley.command";

    private CommandName() {
    }

    static String invoked() {
        String script = System.getProperty(PROPERTY);
        if (script != null && !script.isBlank()) return ExtractCommand.shellWord(script);
        // "target/parley.jar extract news/" under java -jar; a main class name otherwise (tests, -cp).
        String javaCommand = System.getProperty("sun.java.command", "");
        String first = javaCommand.split(" ", 2)[0];
        if (first.endsWith(".jar") && isParleysJar(first)) return "java -jar " + ExtractCommand.shellWord(first);
        return "parley";
    }

    /** Whether {@code jar} is the jar parley's own classes come from (not, say, a test runner's booter jar). */
    private static boolean isParleysJar(String jar) {
        try {
            java.nio.file.Path own = java.nio.file.Path.of(CommandName.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return java.nio.file.Files.isSameFile(own, java.nio.file.Path.of(jar));
        } catch (Exception | Error e) { // no code source, a path that cannot be compared: say the plain name
            return false;
        }
    }
}
