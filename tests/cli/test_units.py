"""Organisation units from the command line: national → region → chapter, rename, move, retire, scope."""

from __future__ import annotations

from app.services.core.context import ServiceContext
from tests.cli.conftest import Cli


def test_build_move_and_retire_units(cli: Cli) -> None:
    national = cli("unit", "add", "Blindeforbundet", "--kind", "national").data
    region = cli("unit", "add", "Vestland", "--kind", "region", "--parent", "Blindeforbundet").data
    chapter = cli("unit", "add", "Bergen lokallag", "--kind", "chapter", "--parent", "vestland").data
    assert (region["parent"], chapter["parent"]) == (national["id"], region["id"])

    listed = cli("unit", "list", as_json=False)
    assert listed.code == 0
    assert [line.split(" (")[0] for line in listed.out.splitlines()] == [
        "Blindeforbundet", "  Vestland", "    Bergen lokallag",
    ]  # fmt: skip

    refused = cli("unit", "add", "Voss", "--kind", "region", "--parent", "Bergen lokallag", as_json=False)
    assert refused.code == 1
    assert refused.err.startswith("error: A region cannot be placed under the chapter 'Bergen lokallag'")
    refused = cli("unit", "move", "Vestland", "--parent", "Bergen lokallag", as_json=False)
    assert refused.code == 1 and "cannot be placed under itself or one of its own units" in refused.err
    refused = cli("unit", "add", "vestland", "--kind", "region", as_json=False)
    assert refused.err == "error: A unit named 'vestland' already exists.\n"

    assert cli("unit", "rename", "Bergen lokallag", "Bergen og omegn").data["name"] == "Bergen og omegn"
    cli("programme", "create", "Likeperson Bergen", "--json")
    moved = cli("programme", "update", "Likeperson Bergen", "--unit", "Bergen og omegn").data
    assert moved["unit"] == chapter["id"]
    refused = cli("programme", "update", "Likeperson Bergen", "--unit", "Atlantis", as_json=False)
    assert refused.err == "error: There is no organisation unit 'Atlantis'; add it first (unit add).\n"

    refused = cli("unit", "retire", "Vestland", as_json=False)
    assert (
        refused.err == "error: 'Vestland' still has 1 unit(s) under it (Bergen og omegn); move or retire them first.\n"
    )
    refused = cli("unit", "retire", "Bergen og omegn", as_json=False)
    assert refused.err == "error: 'Bergen og omegn' still runs 1 programme(s); move them to another unit first.\n"
    cli("programme", "update", "Likeperson Bergen", "--unit", "Vestland")
    assert cli("unit", "retire", "Bergen og omegn").code == 0
    assert [u["name"] for u in cli("unit", "list").data] == ["Blindeforbundet", "Vestland"]
    assert cli("unit", "move", "Vestland", "--top").data["parent"] is None


def test_scope_of_a_region_includes_its_chapters(ctx: ServiceContext) -> None:
    from app.services.settings.units import add_unit, save_scope, scope_units

    national = add_unit(ctx, "Blindeforbundet", kind="national")
    region = add_unit(ctx, "Vestland", kind="region", parent=national.id)
    chapter = add_unit(ctx, "Bergen", kind="chapter", parent=region.id)
    other = add_unit(ctx, "Agder", kind="region", parent=national.id)
    save_scope(ctx, [region.id])
    assert scope_units(ctx) == {region.id, chapter.id}
    save_scope(ctx, [national.id])
    assert scope_units(ctx) == {national.id, region.id, chapter.id, other.id}
