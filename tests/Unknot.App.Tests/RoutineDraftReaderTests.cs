using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.App.Tests;

public sealed class RoutineDraftReaderTests
{
    private static readonly Library Library = new(Builtins.Catalog, Builtins.Routines, []);

    private static JsonInput Json(string json) => JsonInput.Parse(json);

    [Fact]
    public void Every_problem_of_a_draft_is_told_in_the_order_of_its_fields()
    {
        var (routine, problems) = RoutineDraftReader.ReadAll(
            Json("""{"name":"","items":[{"exercise":"cat-cow","restAfter":601},{"exercise":"nope","level":"hard","restAfter":"x"}]}"""), Library);

        routine.ShouldBeNull();
        problems.Select(p => p.Field).ShouldBe(["name", "items[0].restAfter", "items[1].exercise", "items[1].level", "items[1].restAfter"]);
        problems[1].Message.ShouldBe("must be a whole number of seconds from 0 to 600, got 601");
    }

    [Fact]
    public void The_first_problem_is_the_one_a_single_answer_gives()
    {
        const string draft = """{"name":"Mine","id":"Not Kebab","items":[{"exercise":"cat-cow","restAfter":-1}]}""";

        var single = RoutineDraftReader.Read(Json(draft), Library);

        single.Problem.ShouldBe(RoutineDraftReader.ReadAll(Json(draft), Library).Problems[0]);
        single.Problem!.Field.ShouldBe("id");
    }

    [Fact]
    public void A_draft_without_a_name_tells_the_name_once_not_an_id_made_from_it()
    {
        var (_, problems) = RoutineDraftReader.ReadAll(Json("""{"items":[]}"""), Library);

        problems.ShouldBe([new FieldProblem("name", "is required"), new FieldProblem("items", "must list at least one exercise")]);
    }

    [Fact]
    public void A_preview_takes_as_long_as_the_compiled_routine_and_names_a_free_id()
    {
        var (items, problems) = RoutineDraftReader.ReadItems(Json("""{"items":[{"exercise":"cat-cow","level":"deep","restAfter":20},{"exercise":"chest-stretch"}]}"""), Library);
        problems.ShouldBeEmpty();
        var deskBreak = Library.Routines.Find("desk-break")!;

        var preview = RoutinePreviewView.From("Desk break", items, Library, Level.Gentle);

        preview.NewId.ShouldBe("desk-break-2");
        preview.TotalSeconds.ShouldBe(TimelineCompiler.Compile(deskBreak with { Items = items }, Library.Catalog, Level.Gentle).TotalSeconds);
        preview.Total.ShouldBe(Text.Durations.Clock(preview.TotalSeconds));
        RoutinePreviewView.From("  ", items, Library, Level.Gentle).NewId.ShouldBeNull();
    }
}
