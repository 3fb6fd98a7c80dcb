package dev.parley;

import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.corenlp.CoreNlpEngine;

/** One CoreNLP load per test JVM, on first use; shared by every *IT test. */
public final class SharedEngine {
    private SharedEngine() {
    }

    private static final class Holder {
        static final NlpEngine ENGINE = new CoreNlpEngine(NlpConfig.defaults());
    }

    public static NlpEngine get() {
        return Holder.ENGINE;
    }
}
