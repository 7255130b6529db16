using Unknot.Figures;
using Unknot.Testing;
using Unknot.Timelines;
using P = Unknot.Figures.Skeleton.Point;

namespace Unknot.Core.Tests.Figures;

/// <summary>What a person should be able to read off the built-in figures, measured on the drawing.</summary>
public sealed class ReadableFigureTests
{
    private static Figure FigureOf(string id) => Builtins.Catalog.Find(id)!.Figure.ShouldNotBeNull($"{id} has no figure");

    private static SketchItem Item(Sketch sketch, Figure figure, Viewpoint view, string id)
    {
        figure.Views.ShouldContain(view, $"the figure is drawn from the {view}");
        var name = figure.Views.Count > 1 ? $"{view.ToString().ToLowerInvariant()}:{id}" : id;
        return sketch.Items.SingleOrDefault(i => i.Id == name).ShouldNotBeNull($"the drawing has '{name}'");
    }

    private static (double X, double Y) At(Sketch sketch, SketchItem item, int k) =>
        (sketch.Points[item.Points[k]][0], sketch.Points[item.Points[k]][1]);

    private static double Length(Sketch sketch, SketchItem line)
    {
        var (a, b) = (At(sketch, line, 0), At(sketch, line, 1));
        return Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
    }

    [Fact]
    public void Butterfly_wings_keep_the_elbows_at_shoulder_height_as_they_open_back_and_meet_in_front()
    {
        var figure = FigureOf("butterfly-wings");
        var motion = new SegmentMotion(new("butterfly-wings"), [new PoseRef(0, Side.Left), new PoseRef(1, Side.Left), new PoseRef(2, Side.Left)], 0, 10);
        for (var t = 0.0; t <= 10; t += 0.5)
        {
            var points = Skeleton.Place(motion.At(figure, t)).Points;
            foreach (var (elbow, shoulder) in new[] { (P.LeftElbow, P.LeftShoulder), (P.RightElbow, P.RightShoulder) })
            {
                points[(int)elbow].Y.ShouldBe(points[(int)shoulder].Y, 3, $"at {t} s, {elbow} level with the shoulder");
            }
        }

        // Level, and still moving: back behind the shoulders, then together in front.
        var back = Skeleton.Place(figure.At(1, Side.Left)).Points;
        var together = Skeleton.Place(figure.At(2, Side.Left)).Points;

        back[(int)P.LeftElbow].Z.ShouldBeLessThan(back[(int)P.LeftShoulder].Z - 10, "behind the shoulder");
        Math.Abs(together[(int)P.LeftElbow].X - together[(int)P.RightElbow].X).ShouldBeLessThan(12, "the elbows meet");
        together[(int)P.LeftElbow].Z.ShouldBeGreaterThan(together[(int)P.LeftShoulder].Z + 15, "in front");
    }

    [Fact]
    public void The_arm_slides_reach_higher_in_the_hold_at_the_top_than_where_the_slide_up_ends()
    {
        var figure = FigureOf("standing-arm-slides");
        var slide = figure.Poses.Select((p, i) => (p, i)).Single(x => x.p.Label == "slide up").i;
        var hold = figure.Poses.Select((p, i) => (p, i)).Single(x => x.p.Label == "hold at the top").i;
        var up = Skeleton.Place(figure.At(slide, Side.Left)).Points;
        var top = Skeleton.Place(figure.At(hold, Side.Left)).Points;

        foreach (var wrist in new[] { P.LeftWrist, P.RightWrist })
        {
            (top[(int)wrist] - up[(int)wrist]).Length.ShouldBeGreaterThan(10, $"{wrist} moves between the two");
            top[(int)wrist].Y.ShouldBeGreaterThan(up[(int)wrist].Y + 5, $"{wrist} higher at the top");
        }
    }

    [Theory]
    [InlineData(Side.Left)]
    [InlineData(Side.Right)]
    public void The_chair_rotation_seen_from_the_front_narrows_the_chest_over_square_hips_and_turns_one_shoulder_back(Side side)
    {
        var figure = FigureOf("chair-rotation");
        var drawing = FigureDrawing.Of(figure);
        var (start, hold) = (drawing.Key(0, side), drawing.Key(1, side));
        double Across(Sketch sketch, int a, int b)
        {
            var trunk = Item(sketch, figure, Viewpoint.Front, "trunk");
            return Math.Abs(At(sketch, trunk, a).X - At(sketch, trunk, b).X);
        }

        // The trunk's outline runs down its right edge (shoulders, waist, hips) and back up its left.
        var (shoulders, hips) = (Across(start, 0, 5), Across(start, 2, 3));
        Across(hold, 0, 5).ShouldBeLessThan(shoulders * 0.85, "the chest narrows as it turns");
        Across(hold, 2, 3).ShouldBe(hips, 0.5, "the hips stay square");

        var back = side == Side.Left ? "left-collar" : "right-collar";
        var front = side == Side.Left ? "right-collar" : "left-collar";
        Item(start, figure, Viewpoint.Front, back).Tone.ShouldBe(Tone.Body, "both shoulders face the viewer at the start");
        Item(hold, figure, Viewpoint.Front, back).Tone.ShouldBe(Tone.Far, $"the {side} shoulder turns back");
        Item(hold, figure, Viewpoint.Front, front).Tone.ShouldBe(Tone.Body, "the other comes forward");

        var eyes = new[] { "left-eye", "right-eye" }.Select(e => Item(hold, figure, Viewpoint.Front, e)).ToArray();
        eyes.Count(e => e.Size > 0).ShouldBe(1, "the head is turned: one eye shows");
    }

    [Theory]
    [InlineData("lateral-neck-stretch", "hold")]
    [InlineData("neck-rotations-and-tilts", "hold")]
    [InlineData("lateral-rotation-neck-stretch", "hold")]
    public void A_tilted_head_tips_its_eyes_where_a_turned_head_moves_them_sideways(string id, string phase)
    {
        var figure = FigureOf(id);
        var drawing = FigureDrawing.Of(figure);
        var index = figure.Poses.Select((p, i) => (p, i)).Single(x => x.p.Label == phase).i;
        var tilted = drawing.Key(index, Side.Left);
        var turned = drawing.Draw(figure.At(0, Side.Left).With("neck.turn", 60), Side.Left);

        (double X, double Y) Eye(Sketch sketch, string eye)
        {
            var item = Item(sketch, figure, Viewpoint.Front, eye);
            item.Size.ShouldBeGreaterThan(0, $"{eye} shows");
            return At(sketch, item, 0);
        }
        var head = (Sketch sketch) => At(sketch, Item(sketch, figure, Viewpoint.Front, "head"), 0);

        // Tilted toward the left shoulder (the viewer's right): the eye line slants, the left eye lower.
        var (left, right) = (Eye(tilted, "left-eye"), Eye(tilted, "right-eye"));
        (left.Y - right.Y).ShouldBeGreaterThan(2, "the left eye drops with the tilt");

        // Turned: the eyes stay level, the one that still shows moves toward the side the face turns to.
        // (Turning to the left takes the left eye round out of sight.)
        var visible = Eye(turned, "right-eye");
        Item(turned, figure, Viewpoint.Front, "left-eye").Size.ShouldBe(0, "the far eye goes out of sight");
        (visible.X - head(turned).X).ShouldBeGreaterThan(4, "the face points to the viewer's right");
        Math.Abs(visible.Y - Eye(drawing.Key(0, Side.Left), "right-eye").Y).ShouldBeLessThan(1, "a turn does not tip the eyes");
    }

    [Fact]
    public void Childs_pose_seen_from_the_front_shows_the_head_the_arms_and_the_trunk()
    {
        var figure = FigureOf("childs-pose");
        var sketch = FigureDrawing.Of(figure).Key(1, Side.Left);
        var head = Item(sketch, figure, Viewpoint.Front, "head");
        var trunk = Item(sketch, figure, Viewpoint.Front, "trunk");

        head.Size.ShouldBeGreaterThan(5);
        head.Tone.ShouldBe(Tone.Head, "ringed, so it stands out against the back behind it");
        sketch.Items.ToList().IndexOf(head).ShouldBeGreaterThan(sketch.Items.ToList().IndexOf(trunk), "drawn in front of the trunk");
        var xs = trunk.Points.Select(p => sketch.Points[p][0]).ToArray();
        (xs.Max() - xs.Min()).ShouldBeGreaterThan(15, "the trunk has its width");
        foreach (var side in new[] { "left", "right" })
        {
            var arm = Length(sketch, Item(sketch, figure, Viewpoint.Front, side + "-upper-arm")) + Length(sketch, Item(sketch, figure, Viewpoint.Front, side + "-forearm"));
            arm.ShouldBeGreaterThan(20, $"the {side} arm reaches out where it can be seen");
        }
        var (hx, _) = At(sketch, head, 0);
        var (lx, _) = At(sketch, Item(sketch, figure, Viewpoint.Front, "left-hand"), 1);
        var (rx, _) = At(sketch, Item(sketch, figure, Viewpoint.Front, "right-hand"), 1);
        Math.Min(Math.Abs(lx - hx), Math.Abs(rx - hx)).ShouldBeGreaterThan(head.Size + 5, "the hands reach out past the head");
    }
}
