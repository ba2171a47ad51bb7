package org.bridgehead.admin.nouns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bridgehead.admin.connect.ApiConnection;
import org.bridgehead.admin.connect.Commands;
import org.bridgehead.admin.connect.ConnectionOptions;
import org.bridgehead.admin.connect.ExitCodes;
import org.bridgehead.admin.output.Printer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds a noun's {@code new|get|set|remove} commands from its {@link Noun} description, so that
 * twelve nouns share one implementation of options, what-if, output formats and errors.
 */
public final class NounCommands {
  enum Verb { NEW, GET, SET, REMOVE }

  private NounCommands() {}

  public static CommandSpec build(Noun noun, Object... extras) {
    CommandSpec[] self = new CommandSpec[1];
    CommandSpec top = CommandSpec.wrapWithoutInspection((Runnable) () ->
        self[0].commandLine().usage(self[0].commandLine().getOut()));
    self[0] = top;
    top.name(noun.name()).mixinStandardHelpOptions(true);
    top.usageMessage().description("Manage " + noun.name() + " (" + noun.cmdlets() + ").");
    List<Verb> verbs = noun.singleton() ? List.of(Verb.GET, Verb.SET)
        : noun.setOnly() ? List.of(Verb.GET, Verb.SET, Verb.REMOVE) : List.of(Verb.values());
    for (Verb v : verbs) top.addSubcommand(v.name().toLowerCase(), new CommandLine(verb(noun, v)));
    for (Object extra : extras) {
      CommandLine c = new CommandLine(extra);
      top.addSubcommand(c.getCommandName(), c);
    }
    return top;
  }

  private static CommandSpec verb(Noun noun, Verb verb) {
    Runner runner = new Runner(noun, verb);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(runner);
    runner.spec = spec;
    spec.name(verb.name().toLowerCase()).mixinStandardHelpOptions(true);
    spec.usageMessage().description(description(noun, verb));
    spec.addMixin("connection", CommandSpec.forAnnotatedObject(runner.connection));
    if (!noun.singleton()) {
      spec.addPositional(PositionalParamSpec.builder().paramLabel(noun.keyLabel()).type(String.class)
          .arity(verb == Verb.GET ? "0..1" : "1").description("The " + noun.name() + "'s " + noun.keyField() + ".").build());
    }
    if (verb == Verb.NEW || verb == Verb.SET) {
      for (Field f : noun.fields()) {
        OptionSpec.Builder b = OptionSpec.builder(f.option()).type(String.class).description(f.description())
            .paramLabel(f.kind() == Field.Kind.FLAG ? "true|false" : label(f));
        if (f.kind() == Field.Kind.FLAG) b.arity("0..1").fallbackValue("true");
        spec.addOption(b.build());
      }
    }
    if (verb == Verb.GET) {
      if (!noun.singleton()) spec.addOption(OptionSpec.builder("--filter").type(String.class).paramLabel("GLOB")
          .description("Only those whose key matches, e.g. '*.test'.").build());
    } else {
      spec.addOption(OptionSpec.builder("--what-if").arity("0").type(boolean.class)
          .description("Check the change against every rule and show it; change nothing.").build());
    }
    spec.addOption(OptionSpec.builder("--output", "-o").type(Printer.Format.class).defaultValue("table")
        .paramLabel("table|json").description("Output format (default: ${DEFAULT-VALUE}).").build());
    return spec;
  }

  private static String label(Field f) {
    return switch (f.kind()) {
      case BOOLEAN -> "true|false";
      case NUMBER -> "N";
      case LIST -> "A,B";
      case DURATION -> "DURATION";
      default -> f.option().substring(2).toUpperCase().replace('-', '_');
    };
  }

  private static String description(Noun noun, Verb verb) {
    return switch (verb) {
      case NEW -> "Create a " + noun.name() + "; options left out take their defaults.";
      case GET -> noun.singleton() ? "Show the " + noun.name() + "." : "List " + noun.name() + " objects, or show one.";
      case SET -> "Change the given options of " + (noun.singleton() ? "the " : "a ") + noun.name() + "; the rest stay.";
      case REMOVE -> "Remove a " + noun.name() + ".";
    };
  }

  /** Runs one verb of one noun. */
  static final class Runner implements Callable<Integer> {
    final Noun noun;
    final Verb verb;
    final ConnectionOptions connection = new ConnectionOptions();
    CommandSpec spec;

    Runner(Noun noun, Verb verb) {
      this.noun = noun;
      this.verb = verb;
    }

    @Override
    public Integer call() {
      return Commands.run(spec, connection, this::run);
    }

    private int run(ApiConnection api, PrintWriter out, PrintWriter err) {
      String key = noun.singleton() ? null : spec.positionalParameters().get(0).getValue();
      String item = noun.singleton() ? noun.path() : noun.path() + (key == null ? "" : "/" + Commands.segment(key));
      Printer.Format format = spec.findOption("--output").getValue();
      if (verb == Verb.GET) {
        String filter = noun.singleton() ? null : spec.findOption("--filter").getValue();
        String path = filter == null ? item : item + "?filter=" + Commands.segment(filter);
        Printer.print(out, api.call("GET", path, null).body(), noun.columns(), format);
        return ExitCodes.OK;
      }
      boolean whatIf = Boolean.TRUE.equals(spec.findOption("--what-if").getValue()); // null when absent
      String suffix = whatIf ? "?whatIf=true" : "";
      JsonNode result = switch (verb) {
        case NEW -> api.call("POST", noun.path() + suffix, body().put(noun.keyField(), key)).body();
        case SET -> {
          ObjectNode body = body();
          if (body.isEmpty()) throw new IllegalArgumentException("give at least one option to change (see --help)");
          if (!noun.setOnly()) body.put("version", api.call("GET", item, null).body().path("version").asLong());
          yield api.call("PUT", item + suffix, body).body();
        }
        case REMOVE -> api.call("DELETE", item + suffix, null).body();
        default -> throw new IllegalStateException(verb.name());
      };
      return Outcomes.report(result, whatIf, noun.columns(), format, out, err);
    }

    private ObjectNode body() {
      ObjectNode body = ApiConnection.json().createObjectNode();
      for (Field f : noun.fields()) {
        String value = spec.findOption(f.option()).getValue();
        if (value != null) f.write(body, value);
      }
      return body;
    }
  }
}
