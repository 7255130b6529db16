using Unknot.Timelines;
using P = Unknot.Figures.Skeleton.Point;

namespace Unknot.Figures;

/// <summary>
/// Draws a <see cref="Figure"/>: each pose is placed with its lowest surface on the floor, props are set around the
/// start pose (the chair under the hips, the wall against the back or the ball), and every view is projected side
/// by side into one view box that fits all of the figure's poses, so a figure keeps its size and place as it moves.
/// </summary>
public sealed partial class FigureDrawing
{
    /// <summary>A lacrosse ball's radius, in centimetres.</summary>
    public const double BallRadius = 4;

    private const double Gap = 18, Margin = 6;

    private static readonly (string Id, P A, P B, double Width, string? Limb)[] Bones =
    [
        ("hips", P.LeftHip, P.RightHip, 13, null),
        ("torso-low", P.Pelvis, P.Waist, 19, null),
        ("torso-high", P.Waist, P.Collar, 18, null),
        ("left-collar", P.Collar, P.LeftShoulder, 11, null),
        ("right-collar", P.Collar, P.RightShoulder, 11, null),
        ("neck", P.Chest, P.Neck, 8, null),
        ("throat", P.Neck, P.Head, 7, null),
        ("left-thigh", P.LeftHip, P.LeftKnee, 11, "left"),
        ("left-shin", P.LeftKnee, P.LeftAnkle, 9, "left"),
        ("left-foot", P.LeftAnkle, P.LeftToe, 6, "left"),
        ("right-thigh", P.RightHip, P.RightKnee, 11, "right"),
        ("right-shin", P.RightKnee, P.RightAnkle, 9, "right"),
        ("right-foot", P.RightAnkle, P.RightToe, 6, "right"),
        ("left-upper-arm", P.LeftShoulder, P.LeftElbow, 8, "left"),
        ("left-forearm", P.LeftElbow, P.LeftWrist, 7, "left"),
        ("left-hand", P.LeftWrist, P.LeftHand, 5, "left"),
        ("right-upper-arm", P.RightShoulder, P.RightElbow, 8, "right"),
        ("right-forearm", P.RightElbow, P.RightWrist, 7, "right"),
        ("right-hand", P.RightWrist, P.RightHand, 5, "right"),
    ];

    private readonly Figure _figure;
    private readonly List<(string Id, Vec3[] Corners, Tone Tone, double Width)> _props = [];
    private readonly double[] _left, _top, _width, _height;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Figure, FigureDrawing> Made = new();

    /// <summary>The drawing of <paramref name="figure"/>, made once per figure.</summary>
    public static FigureDrawing Of(Figure figure) => Made.GetValue(figure, f => new FigureDrawing(f));

    /// <summary>Prepares the drawing of <paramref name="figure"/>: props and a view box that holds every one of its poses.</summary>
    public FigureDrawing(Figure figure)
    {
        _figure = figure;
        var start = Ground(figure.At(0, Side.Left), Side.Left);
        var all = AllPoses().Select(p => Ground(p.Pose, p.Side)).ToArray();
        var body = all.SelectMany(b => b.Points).ToArray();
        double minX = body.Min(p => p.X) - 12, maxX = body.Max(p => p.X) + 12;
        double minZ = body.Min(p => p.Z) - 12, maxZ = body.Max(p => p.Z) + 12, maxY = body.Max(p => p.Y);
        var has = (Prop prop) => figure.Props.Contains(prop);
        if (has(Prop.Chair))
        {
            var pelvis = start.Points[(int)P.Pelvis];
            double seat = pelvis.Y - 9, back = pelvis.Z - 16, front = back + 42;
            minZ = Math.Min(minZ, back - 4);
            maxZ = Math.Max(maxZ, front + 4);
            var corners = new[] { new Vec3(21, seat, back), new Vec3(21, seat, front), new Vec3(-21, seat, front), new Vec3(-21, seat, back) };
            _props.Add(("chair-seat", corners, Tone.Chair, 3));
            _props.Add(("chair-back", [new Vec3(21, seat, back), new Vec3(21, seat + 44, back - 3), new Vec3(-21, seat + 44, back - 3), new Vec3(-21, seat, back)], Tone.Chair, 3));
            foreach (var (corner, i) in corners.Select((c, i) => (c, i)))
            {
                _props.Add(($"chair-leg-{i}", [corner, corner with { Y = 0 }], Tone.Chair, 3));
            }
        }
        var wallBehind = has(Prop.WallBehind);
        if (wallBehind || has(Prop.WallInFront))
        {
            var surface = start.Points.Select((p, i) => wallBehind ? p.Z - Skeleton.Radii[i] : p.Z + Skeleton.Radii[i])
                .Where((_, i) => i is (int)P.Pelvis or (int)P.Waist or (int)P.Chest or (int)P.Head);
            if (start.Ball is { } ball)
            {
                surface = surface.Append(wallBehind ? ball.Z - BallRadius : ball.Z + BallRadius);
            }
            var z = wallBehind ? surface.Min() : surface.Max();
            var top = maxY + 14;
            _props.Add(("wall", [new Vec3(minX - 10, 0, z), new Vec3(minX - 10, top, z), new Vec3(maxX + 10, top, z), new Vec3(maxX + 10, 0, z)], Tone.Wall, 2));
            minZ = Math.Min(minZ, z - 4);
            maxZ = Math.Max(maxZ, z + 4);
        }
        _props.Insert(0, ("floor", [new Vec3(minX, 0, minZ), new Vec3(minX, 0, maxZ), new Vec3(maxX, 0, maxZ), new Vec3(maxX, 0, minZ)], Tone.Floor, 2));
        if (has(Prop.Mat))
        {
            _props.Insert(1, ("mat", [new Vec3(minX + 4, 0.5, minZ + 4), new Vec3(minX + 4, 0.5, maxZ - 4), new Vec3(maxX - 4, 0.5, maxZ - 4), new Vec3(maxX - 4, 0.5, minZ + 4)], Tone.Mat, 3));
        }

        var views = figure.Views.Count;
        _left = new double[views];
        _top = new double[views];
        _width = new double[views];
        _height = new double[views];
        for (var v = 0; v < views; v++)
        {
            var view = figure.Views[v];
            var flat = all.SelectMany(b => b.Points.Select((p, i) => (p, r: Skeleton.Radii[i] + 2)).Concat(b.Ball is { } ball ? [(ball, BallRadius)] : []))
                .Select(x => (At: Project(view, x.p), R: x.r))
                .Concat(_props.SelectMany(p => p.Corners).Select(c => (At: Project(view, c), R: 2.0)))
                .ToArray();
            _left[v] = flat.Min(f => f.At.U - f.R) - Margin;
            _width[v] = flat.Max(f => f.At.U + f.R) + Margin - _left[v];
            _top[v] = flat.Max(f => f.At.V + f.R) + Margin;
            _height[v] = _top[v] - flat.Min(f => f.At.V - f.R) + Margin;
        }
    }

    /// <summary>The view box every sketch of this figure shares: x, y, width, height.</summary>
    public IReadOnlyList<double> ViewBox => [0, 0, Round(_width.Sum() + Gap * (_width.Length - 1)), Round(_height.Max())];

    /// <summary>Key pose <paramref name="index"/> on <paramref name="side"/>.</summary>
    public Sketch Key(int index, Side side) => Draw(_figure.At(index, side), side);

    /// <summary>Any pose of this figure, with the ball (if any) on <paramref name="side"/> (the left for none).</summary>
    public Sketch Draw(Pose pose, Side side)
    {
        var placed = Ground(pose, side);
        var points = new List<IReadOnlyList<double>>();
        var parents = new List<int>();
        var items = new List<(SketchItem Item, double Depth)>();
        var offset = 0.0;
        for (var v = 0; v < _figure.Views.Count; v++)
        {
            var view = _figure.Views[v];
            var prefix = _figure.Views.Count > 1 ? $"{Kebab(view)}:" : "";
            var baseIndex = points.Count;
            var depths = new List<double>();
            void Add(Vec3 p, int parent)
            {
                var (u, w, depth) = Project(view, p);
                points.Add([Round(u - _left[v] + offset), Round(_top[v] - w + _height.Max() - _height[v])]);
                parents.Add(parent);
                depths.Add(depth);
            }
            for (var i = 0; i < Skeleton.Count; i++)
            {
                Add(placed.Points[i], Skeleton.Parents[i] < 0 ? -1 : baseIndex + Skeleton.Parents[i]);
            }
            foreach (var (id, width, limb, a, b) in Bones.Select(x => (x.Id, x.Width, x.Limb, (int)x.A, (int)x.B)))
            {
                var tone = limb is not null ? (NearSide(depths, id) ? Tone.Near : Tone.Far)
                    : id.EndsWith("collar", StringComparison.Ordinal) && Behind(depths, b) ? Tone.Far : Tone.Body;
                // The neck joins the head over its ring, so it is drawn after it.
                var depth = id is "neck" or "throat" ? Math.Max((depths[a] + depths[b]) / 2, depths[(int)P.Head] + 0.2) : (depths[a] + depths[b]) / 2;
                items.Add((new SketchItem(prefix + id, Shape.Line, [baseIndex + a, baseIndex + b], width, tone), depth));
            }
            if (view != Viewpoint.Above)
            {
                // The trunk's outline as seen: its width at the shoulders, the waist and the hips follows how the chest
                // and the pelvis are turned, so a twist narrows the shoulders over square hips.
                var first = points.Count;
                var (pelvisTurn, waistTurn, chestTurn) = Skeleton.Trunk(pose);
                var rings = new[]
                {
                    (Centre: placed.Points[(int)P.Collar], Rotation: chestTurn, A: 14.0, B: 8.0, Parent: (int)P.Collar),
                    (Centre: placed.Points[(int)P.Waist], Rotation: waistTurn, A: 11.5, B: 7.5, Parent: (int)P.Waist),
                    (Centre: placed.Points[(int)P.Pelvis] + pelvisTurn * new Vec3(0, -3, 0), Rotation: pelvisTurn, A: 13.0, B: 8.5, Parent: (int)P.Pelvis),
                };
                var upright = Foreshortening(view, rings[0].Centre, rings[2].Centre);
                foreach (var sign in new[] { 1.0, -1.0 })
                {
                    foreach (var ring in sign > 0 ? rings : rings.Reverse())
                    {
                        Add(Outline(view, ring.Centre, ring.Rotation, Blend(ring.A, upright), Blend(ring.B, upright), sign), baseIndex + ring.Parent);
                    }
                }
                var trunk = Enumerable.Range(first, 6).ToArray();
                items.Add((new SketchItem(prefix + "trunk", Shape.Area, trunk, 4, Tone.Body), trunk.Average(i => depths[i - baseIndex])));
            }
            var head = depths[(int)P.Head];
            items.Add((new SketchItem(prefix + "head", Shape.Circle, [baseIndex + (int)P.Head], 10, Tone.Head), head));
            // Ears and nose are the head's own shape: drawn over its ring, they show where they stick out of it.
            foreach (var (id, point) in new[] { ("left-ear", P.LeftEar), ("right-ear", P.RightEar), ("nose", P.Nose) })
            {
                items.Add((new SketchItem(prefix + id, Shape.Circle, [baseIndex + (int)point], id == "nose" ? 2.4 : 2.6, Tone.Body), head + 0.3));
            }
            foreach (var (id, point) in new[] { ("left-eye", P.LeftEye), ("right-eye", P.RightEye) })
            {
                // An eye shows on the half of the head that faces the viewer, away from its outline.
                var visible = depths[(int)point] >= head + 2.5;
                items.Add((new SketchItem(prefix + id, Shape.Circle, [baseIndex + (int)point], visible ? 1.7 : 0, Tone.Face), head + 10.5));
            }
            if (placed.Ball is { } ball)
            {
                Add(ball, baseIndex + (int)P.Chest);
                items.Add((new SketchItem(prefix + "ball", Shape.Circle, [points.Count - 1], BallRadius, Tone.Ball), depths[^1]));
            }
            foreach (var (id, corners, propTone, width) in _props)
            {
                var first = points.Count;
                foreach (var corner in corners)
                {
                    Add(corner, -1);
                }
                var depth = Enumerable.Range(first - baseIndex, corners.Length).Average(i => depths[i]);
                var tone = propTone;
                // The floor and a mat lie under everything; a wall nearer the viewer than the body is only outlined.
                if (tone == Tone.Wall && depth > depths.Take(Skeleton.Count).Average())
                {
                    tone = Tone.Pane;
                }
                depth = tone is Tone.Floor ? double.MinValue : tone is Tone.Mat ? double.MinValue / 2 : tone is Tone.Pane ? double.MaxValue : depth;
                items.Add((new SketchItem(prefix + id, corners.Length == 2 ? Shape.Line : Shape.Area, Enumerable.Range(first, corners.Length).ToArray(), width, tone), depth));
            }
            offset += _width[v] + Gap;
        }
        return new Sketch(ViewBox, points, parents, items.OrderBy(i => i.Depth).Select(i => i.Item).ToArray());
    }

    /// <summary>The body in <paramref name="pose"/> standing, sitting or lying on the floor, and the ball on <paramref name="side"/>.</summary>
    public (Vec3[] Points, Vec3? Ball) Ground(Pose pose, Side side)
    {
        var (points, chest) = Skeleton.Place(pose);
        var floor = points.Select((p, i) => p.Y - Skeleton.Radii[i]).Min();
        var lift = new Vec3(0, -floor, 0);
        var placed = points.Select(p => p + lift).ToArray();
        Vec3? ball = null;
        var sign = side == Side.Right ? -1 : 1;
        if (_figure.Props.Contains(Prop.BallUpperBack))
        {
            ball = placed[(int)P.Chest] + chest * new Vec3(7 * sign, -10, -(9 + BallRadius));
        }
        else if (_figure.Props.Contains(Prop.BallChest))
        {
            ball = placed[(int)P.Chest] + chest * new Vec3(10 * sign, -6, 9 + BallRadius);
        }
        return (placed, ball);
    }

    private IEnumerable<(Pose Pose, Side Side)> AllPoses()
    {
        yield return (_figure.StancePose, Side.Left);
        for (var i = 0; i < _figure.Poses.Count; i++)
        {
            yield return (_figure.At(i, Side.Left), Side.Left);
            yield return (_figure.At(i, Side.Right), Side.Right);
        }
    }

    /// <summary>A point seen from a view: across (right positive), up, and how near the viewer it is.</summary>
    public static (double U, double V, double Depth) Project(Viewpoint view, Vec3 p) => view switch
    {
        Viewpoint.Front => (p.X, p.Y, p.Z),
        Viewpoint.Back => (-p.X, p.Y, -p.Z),
        Viewpoint.Side => (p.Z, p.Y, p.X),
        _ => (-p.X, p.Z, p.Y),
    };

    private static string Kebab(Viewpoint view) => view.ToString().ToLowerInvariant();

    private static double Round(double value) => Math.Round(value, 1);
}
