package dev.parley.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code .parleyignore} rules in force in one folder: gitignore-like globs, one per line, {@code #} comments,
 * {@code !} to re-include, a trailing {@code /} for folders only. A glob without an inner {@code /} matches a
 * name at any depth; one with a {@code /} is relative to the folder of its {@code .parleyignore}. The last
 * matching rule wins.
 */
final class IgnoreRules {
    static final String FILE_NAME = ".parleyignore";
    static final IgnoreRules NONE = new IgnoreRules(List.of());

    private record Rule(String base, Pattern glob, boolean negate, boolean dirOnly, boolean anchored) {
    }

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** These rules plus those of a {@code .parleyignore} in the folder {@code base} (relative id, "" for the root). */
    IgnoreRules with(String base, List<String> lines) {
        List<Rule> all = new ArrayList<>(rules);
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            boolean negate = line.startsWith("!");
            if (negate) line = line.substring(1);
            boolean dirOnly = line.endsWith("/");
            if (dirOnly) line = line.substring(0, line.length() - 1);
            boolean anchored = line.contains("/");
            if (line.startsWith("/")) line = line.substring(1);
            if (line.isEmpty()) continue;
            all.add(new Rule(base, Pattern.compile(toRegex(line)), negate, dirOnly, anchored));
        }
        return new IgnoreRules(all);
    }

    /** Whether the file or folder at {@code id} (relative to the corpus root, '/' separators) is excluded. */
    boolean ignored(String id, boolean isDirectory) {
        boolean ignored = false;
        for (Rule r : rules) {
            if (r.dirOnly && !isDirectory) continue;
            String rel;
            if (r.base.isEmpty()) {
                rel = id;
            } else if (id.startsWith(r.base + "/")) {
                rel = id.substring(r.base.length() + 1);
            } else {
                continue;
            }
            String subject = r.anchored ? rel : rel.substring(rel.lastIndexOf('/') + 1);
            if (r.glob.matcher(subject).matches()) ignored = !r.negate;
        }
        return ignored;
    }

    /** {@code **} crosses folders, {@code *} and {@code ?} do not; {@code [..]} is a character class. */
    private static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                sb.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                sb.append("[^/]*");
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 1);
                if (close < 0) {
                    sb.append("\\[");
                } else {
                    String cls = glob.substring(i + 1, close).replace("\\", "\\\\");
                    if (cls.startsWith("!")) cls = "^" + cls.substring(1);
                    sb.append('[').append(cls).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < glob.length()) {
                sb.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
