"""`flask events solve INSTANCE.json --output RESULT.json [--time-limit SECONDS] [--greedy]`."""

import json
import sys
from collections import Counter

import click
from flask.cli import AppGroup

from market.events.allocation import InstanceError, greedy, load_instance, solve

events_cli = AppGroup("events", help="Fairs and mobile markets.")


@events_cli.command("solve", with_appcontext=False)
@click.argument("instance_path", metavar="INSTANCE.json")
@click.option("--output", "-o", metavar="RESULT.json", help="Where to write the result (default: standard output).")
@click.option("--time-limit", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds the solver may take before it answers with the best allocation found.")  # fmt: skip
@click.option("--greedy", "use_greedy", is_flag=True, help="The simple greedy baseline instead of the solver.")
def solve_command(instance_path, output, time_limit, use_greedy):
    """Allocate a fair's stands: read the instance (stands, applicants, rules), solve, write the result.

    Exit status: 0 with an allocation (optimal or feasible), 1 when there is none (infeasible: the
    violations say which rule and by how much), 2 for a file that cannot be read or is not an instance.
    """
    try:
        instance = load_instance(instance_path)
    except InstanceError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    result = greedy(instance) if use_greedy else solve(instance, time_limit=time_limit)
    text = json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"
    # With the JSON on standard output, the summary goes to standard error so the output stays parseable.
    say = (lambda line: click.echo(line)) if output else (lambda line: click.echo(line, err=True))
    if output:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            click.echo(f"Error: cannot write {output}: {exc.strerror or exc}", err=True)
            sys.exit(2)
    else:
        click.echo(text, nl=False)
    say(result.summary())
    for violation in result.violations:
        say(f"  rule {violation.rule}: {violation.message}")
    reasons = Counter(code for item in result.unassigned for code in item.codes[:1])
    if reasons:
        say("  without a stand: " + ", ".join(f"{n} {code}" for code, n in reasons.most_common()))
    if output:
        say(f"Result written to {output}.")
    if result.status not in ("optimal", "feasible"):
        sys.exit(1)
