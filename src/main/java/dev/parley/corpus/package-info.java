/**
 * Corpus reading: folders, files or stdin of news articles (text, Markdown, JSON, JSONL, HTML) in, {@link
 * dev.parley.corpus.Corpus} of {@link dev.parley.corpus.Article}s out, with publication dates from metadata, datelines,
 * file names or the option. Uses jsoup and Jackson (for JSON input only); must not import edu.stanford.nlp.
 */
package dev.parley.corpus;
