using System.Xml.Linq;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Figures;
using Unknot.Testing;
using Unknot.Timelines;
using P = Unknot.Figures.Skeleton.Point;

namespace Unknot.Core.Tests.Figures;

/// <summary>The figures of the twelve built-in exercises: complete, anatomically possible, and drawn as valid SVG.</summary>
public sealed class BuiltinFigureTests
{
    public static TheoryData<string> Ids => new(Builtins.ExpectedIds);

    private static Figure FigureOf(string id) => Builtins.Catalog.Find(id)!.Figure.ShouldNotBeNull($"{id} has no figure");

    private static IEnumerable<(int Index, Side Side, Pose Pose)> KeyPoses(Figure figure) => figure.Poses.SelectMany((p, i) =>
        (p.PerSide ? new[] { Side.Left, Side.Right } : [Side.Left]).Select(side => (i, side, figure.At(i, side))));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_builtin_exercise_has_a_start_and_a_pose_for_every_phase(string id)
    {
        var exercise = Builtins.Catalog.Find(id)!;
        var figure = FigureOf(id);
        var phases = exercise.Dose.Blocks.SelectMany((b, i) => b.Phases.Select((p, j) => (Block: i, Phase: j, p.Name, b.PerSide))).ToArray();

        figure.Poses.Count.ShouldBe(phases.Length + 1);
        figure.Poses[0].Label.ShouldBe("start");
        for (var k = 0; k < phases.Length; k++)
        {
            figure.Poses[k + 1].Label.ShouldBe(phases[k].Name);
            figure.Poses[k + 1].PerSide.ShouldBe(phases[k].PerSide);
            figure.IndexOf(phases[k].Block, phases[k].Phase).ShouldBe(k + 1);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_pose_keeps_every_joint_within_its_natural_range(string id)
    {
        foreach (var (index, side, pose) in KeyPoses(FigureOf(id)))
        {
            foreach (var joint in Joints.All)
            {
                pose[joint].ShouldBeInRange(joint.Min, joint.Max, $"{id} pose {index} {side}: {joint.Name}");
            }
            Joints.Combined(pose).ShouldBeEmpty($"{id} pose {index} {side}");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_right_side_pose_is_the_mirror_image_of_its_left(string id)
    {
        var figure = FigureOf(id);
        for (var i = 0; i < figure.Poses.Count; i++)
        {
            var left = Skeleton.Place(figure.At(i, Side.Left)).Points;
            var right = Skeleton.Place(figure.At(i, Side.Right)).Points;
            for (var p = 0; p < Skeleton.Count; p++)
            {
                // The point of the other side, seen in a mirror.
                var twin = Twin((P)p);
                var mirrored = left[(int)twin].Mirrored;
                (right[p] - mirrored).Length.ShouldBeLessThan(1e-9, $"{id} pose {i}: {(P)p}");
            }
        }
    }

    [Fact]
    public void Mirroring_moves_the_body_to_the_other_side_so_the_test_above_can_fail()
    {
        var tilted = Pose.Zero.With("neck.tilt", 40);
        var head = Skeleton.Place(tilted).Points[(int)P.Head];
        var mirroredHead = Skeleton.Place(tilted.Mirror()).Points[(int)P.Head];

        head.X.ShouldBeGreaterThan(5);
        mirroredHead.X.ShouldBe(-head.X, 1e-9);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_key_pose_draws_as_well_formed_standalone_svg(string id)
    {
        var exercise = Builtins.Catalog.Find(id)!;
        var drawing = FigureDrawing.Of(exercise.Figure!);
        foreach (var (index, side, _) in KeyPoses(exercise.Figure!))
        {
            var svg = FigureSvg.Write(drawing.Key(index, side), $"{exercise.Name} <&> \"pose\" {index}", standalone: true);
            var document = XDocument.Parse(svg);
            XNamespace ns = "http://www.w3.org/2000/svg";
            document.Root!.Name.ShouldBe(ns + "svg");
            document.Root.Element(ns + "title")!.Value.ShouldBe($"{exercise.Name} <&> \"pose\" {index}");
            document.Root.Elements(ns + "line").Count().ShouldBeGreaterThan(15);
            document.Root.Descendants().Count(e => e.Attribute("data-id")?.Value == "head" || e.Attribute("data-id")?.Value.EndsWith(":head") == true)
                .ShouldBe(exercise.Figure!.Views.Count);
        }
    }

    [Fact]
    public void Seated_figures_keep_both_feet_on_the_floor()
    {
        foreach (var exercise in Builtins.Catalog.All.Where(e => e.Figure?.Stance == Stance.Seated))
        {
            var drawing = FigureDrawing.Of(exercise.Figure!);
            foreach (var (index, side, pose) in KeyPoses(exercise.Figure!))
            {
                var points = drawing.Ground(pose, side).Points;
                foreach (var foot in new[] { P.LeftToe, P.LeftAnkle, P.RightToe, P.RightAnkle })
                {
                    (points[(int)foot].Y - Skeleton.Radii[(int)foot]).ShouldBeLessThan(1.5, $"{exercise.Id} pose {index}: {foot}");
                }
            }
        }
    }

    [Fact]
    public void The_lacrosse_ball_sits_between_the_upper_back_and_the_wall()
    {
        var figure = FigureOf("traps-lacrosse-ball");
        var sketch = FigureDrawing.Of(figure).Key(1, Side.Left);
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            var (points, ball) = FigureDrawing.Of(figure).Ground(figure.At(1, side), side);
            var wall = Wall(sketch, figure);
            var back = points[(int)P.Chest].Z - Skeleton.Radii[(int)P.Chest];
            ball.ShouldNotBeNull();
            (ball.Value.Z - FigureDrawing.BallRadius).ShouldBe(wall, 0.5, "the ball touches the wall");
            (ball.Value.Z + FigureDrawing.BallRadius).ShouldBeGreaterThanOrEqualTo(back - 0.5, "the ball touches the back");
            (ball.Value.X > 0).ShouldBe(side == Side.Left, "the ball is on the side being worked");
        }
    }

    [Fact]
    public void The_hands_are_clasped_behind_the_back_in_the_chest_stretch()
    {
        var figure = FigureOf("chest-stretch");
        foreach (var (index, _, pose) in KeyPoses(figure))
        {
            var points = Skeleton.Place(pose).Points;
            (points[(int)P.LeftHand] - points[(int)P.RightHand]).Length.ShouldBeLessThan(8, $"pose {index}: hands together");
            points[(int)P.LeftHand].Z.ShouldBeLessThan(points[(int)P.Pelvis].Z - 8, $"pose {index}: behind the back");
        }
    }

    [Fact]
    public void Childs_pose_has_the_knees_wide_and_the_big_toes_together()
    {
        var points = Skeleton.Place(FigureOf("childs-pose").At(1, Side.Left)).Points;
        var knees = Math.Abs(points[(int)P.LeftKnee].X - points[(int)P.RightKnee].X);
        var hips = Math.Abs(points[(int)P.LeftHip].X - points[(int)P.RightHip].X);
        var toes = Math.Abs(points[(int)P.LeftToe].X - points[(int)P.RightToe].X);

        knees.ShouldBeGreaterThan(hips + 15);
        toes.ShouldBeLessThan(10);
    }

    [Theory]
    [InlineData("lateral-neck-stretch", 1)]
    [InlineData("neck-rotations-and-tilts", 3)]
    public void In_a_side_neck_stretch_the_head_tilts_toward_the_shoulder_without_sliding(string id, int hold)
    {
        var figure = FigureOf(id);
        var start = Skeleton.Place(figure.At(0, Side.Left)).Points;
        var tilted = Skeleton.Place(figure.At(hold, Side.Left)).Points;

        (tilted[(int)P.Chest] - start[(int)P.Chest]).Length.ShouldBeLessThan(1e-9, "the neck's base stays put");
        (tilted[(int)P.Head] - tilted[(int)P.Chest]).Length.ShouldBe((start[(int)P.Head] - start[(int)P.Chest]).Length, 1.0, "the head pivots; it does not slide away from the neck's base");
        tilted[(int)P.Head].X.ShouldBeGreaterThan(start[(int)P.Head].X + 5, "toward the left shoulder");
        tilted[(int)P.Head].Y.ShouldBeLessThan(start[(int)P.Head].Y, "tipping down, not lifting");
    }

    [Fact]
    public void The_elbow_never_bends_backwards()
    {
        Joints.Get("left.elbow").Min.ShouldBe(0);
        Joints.Get("right.knee").Min.ShouldBe(0);
    }

    private static double Wall(Sketch sketch, Figure figure)
    {
        // The wall's depth, read back from the drawing's side view: its x there is the wall's z.
        var wall = sketch.Items.First(i => i.Id == "side:wall");
        var (points, _) = FigureDrawing.Of(figure).Ground(figure.At(1, Side.Left), Side.Left);
        var sideView = figure.Views.ToList().IndexOf(Viewpoint.Side);
        sideView.ShouldBe(0);
        var pelvis = sketch.Points[(int)P.Pelvis][0];
        return points[(int)P.Pelvis].Z + (sketch.Points[wall.Points[0]][0] - pelvis);
    }

    private static P Twin(P point) => point.ToString() switch
    {
        var name when name.StartsWith("Left", StringComparison.Ordinal) => Enum.Parse<P>("Right" + name[4..]),
        var name when name.StartsWith("Right", StringComparison.Ordinal) => Enum.Parse<P>("Left" + name[5..]),
        _ => point,
    };
}
