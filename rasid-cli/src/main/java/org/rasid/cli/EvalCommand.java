package org.rasid.cli;

import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "placeholder")
final class EvalCommand implements Runnable {
  @Override public void run() { }
}
