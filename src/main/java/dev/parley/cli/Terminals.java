package dev.parley.cli;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** Whether stderr is an interactive terminal: System.console() says no as soon as stdout is redirected. */
final class Terminals {
    private Terminals() {
    }

    /** True when stderr is a terminal; JLine's exec provider asks the OS ('test -t 2'); false when it cannot tell. */
    static boolean stderrIsTerminal() {
        if (System.getenv("CI") != null && !System.getenv("CI").isEmpty()) return false;
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (Exception | LinkageError e) {
            return System.console() != null;
        }
    }
}
