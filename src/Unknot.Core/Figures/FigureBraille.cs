using System.Text;

namespace Unknot.Figures;

/// <summary>
/// Draws a <see cref="Sketch"/> in Unicode braille for a terminal: each character holds 2 × 4 dots, so a figure of
/// 28 columns and 12 rows is 56 × 48 dots. Lines are drawn one dot wide (the trunk two), circles as rings, areas as
/// outlines; the eyes, ears and nose are left out.
/// </summary>
public static class FigureBraille
{
    private static readonly int[,] Bits = { { 0x01, 0x08 }, { 0x02, 0x10 }, { 0x04, 0x20 }, { 0x40, 0x80 } };

    /// <summary>The columns a figure of <paramref name="rows"/> rows takes, keeping the sketch's proportions (dots are square).</summary>
    public static int ColumnsFor(Sketch sketch, int rows) =>
        Math.Max(1, (int)Math.Ceiling(rows * 4 * sketch.ViewBox[2] / sketch.ViewBox[3] / 2));

    /// <summary>The figure as <paramref name="rows"/> lines of <see cref="ColumnsFor"/> braille characters.</summary>
    public static IReadOnlyList<string> Render(Sketch sketch, int rows)
    {
        var columns = ColumnsFor(sketch, rows);
        var width = columns * 2;
        var height = rows * 4;
        var dots = new bool[height, width];
        var scale = Math.Min(width / sketch.ViewBox[2], height / sketch.ViewBox[3]);
        (double X, double Y) At(int point) =>
            ((sketch.Points[point][0] - sketch.ViewBox[0]) * scale, (sketch.Points[point][1] - sketch.ViewBox[1]) * scale);
        void Dot(double x, double y)
        {
            var (ix, iy) = ((int)Math.Floor(x), (int)Math.Floor(y));
            if (ix >= 0 && iy >= 0 && ix < width && iy < height)
            {
                dots[iy, ix] = true;
            }
        }
        void Line((double X, double Y) a, (double X, double Y) b, double thickness)
        {
            var steps = (int)Math.Ceiling(Math.Max(Math.Abs(b.X - a.X), Math.Abs(b.Y - a.Y)) * 2) + 1;
            for (var s = 0; s <= steps; s++)
            {
                var t = (double)s / steps;
                var (x, y) = (a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);
                Dot(x, y);
                if (thickness > 1)
                {
                    Dot(x + 0.7, y);
                    Dot(x, y + 0.7);
                }
            }
        }
        foreach (var item in sketch.Items.Where(i => i.Size > 0 && i.Tone != Tone.Face && !(i.Shape == Shape.Circle && i.Size < 3)))
        {
            switch (item.Shape)
            {
                case Shape.Line:
                    Line(At(item.Points[0]), At(item.Points[1]), item.Size * scale >= 2.5 ? 2 : 1);
                    break;
                case Shape.Circle:
                    var (cx, cy) = At(item.Points[0]);
                    var r = Math.Max(0.8, item.Size * scale);
                    for (var a = 0; a < 48; a++)
                    {
                        Dot(cx + r * Math.Cos(a * Math.PI / 24), cy + r * Math.Sin(a * Math.PI / 24));
                    }
                    break;
                default:
                    for (var k = 0; k < item.Points.Count; k++)
                    {
                        Line(At(item.Points[k]), At(item.Points[(k + 1) % item.Points.Count]), 1);
                    }
                    break;
            }
        }
        var lines = new string[rows];
        for (var row = 0; row < rows; row++)
        {
            var text = new StringBuilder(columns);
            for (var column = 0; column < columns; column++)
            {
                var code = 0;
                for (var dy = 0; dy < 4; dy++)
                {
                    for (var dx = 0; dx < 2; dx++)
                    {
                        if (dots[row * 4 + dy, column * 2 + dx])
                        {
                            code |= Bits[dy, dx];
                        }
                    }
                }
                text.Append((char)(0x2800 + code));
            }
            lines[row] = text.ToString();
        }
        return lines;
    }
}
