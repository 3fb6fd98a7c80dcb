package dev.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The parts of the distributed corpus level that need no Spark context. */
class DistributedCorpusLevelTest {
    @Test
    void baseIdDropsTheMergersRepeatNumber() {
        assertEquals("ev-0123456789abcdef", DistributedCorpusLevel.baseId("ev-0123456789abcdef-2"));
        assertEquals("ev-0123456789abcdef", DistributedCorpusLevel.baseId("ev-0123456789abcdef"));
    }
}
