package dev.parley.spark;

import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.corenlp.CoreNlpEngine;
import dev.parley.pipeline.Parley;

/**
 * What each executor JVM builds once, on first use, and never serializes: the CoreNLP engine (models load in
 * ~10-20 s and take ~2 GB) and a {@link Parley} for the pure per-document stages. Tasks reach them through
 * static holders, so a closure shipped to an executor carries no engine.
 */
final class PerExecutor {
    private PerExecutor() {
    }

    private static final class EngineHolder {
        static final NlpEngine ENGINE = new CoreNlpEngine(NlpConfig.defaults());
    }

    private static final class ParleyHolder {
        static {
            CoreNlpEngine.pinLocale(); // executors give the driver's bytes whatever their JVM's locale
        }

        static final Parley PARLEY = new Parley(PerExecutor::engine, 1);
    }

    /** The engine signature, known without loading the models. */
    static String signature() {
        return CoreNlpEngine.signature(NlpConfig.defaults());
    }

    static NlpEngine engine() {
        return EngineHolder.ENGINE;
    }

    static Parley parley() {
        return ParleyHolder.PARLEY;
    }
}
