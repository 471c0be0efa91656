package org.rasid.cli;

import picocli.CommandLine.Command;

@Command(name = "quotes", description = "placeholder")
final class QuotesEval implements Runnable {
  @Override public void run() { }
}
