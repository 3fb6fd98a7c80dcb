/**
 * The picocli command line: options to configuration, exit codes, where output goes. The only user of picocli;
 * nothing imports this package.
 */
package dev.parley.cli;
