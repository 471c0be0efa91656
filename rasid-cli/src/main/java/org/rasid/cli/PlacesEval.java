package org.rasid.cli;

import picocli.CommandLine.Command;

@Command(name = "places", description = "placeholder")
final class PlacesEval implements Runnable {
  @Override public void run() { }
}
