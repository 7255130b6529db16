using System.Globalization;
using System.Net;
using System.Text;

namespace Unknot.Figures;

/// <summary>
/// Writes a <see cref="Sketch"/> as SVG. Each element has a class by its tone (<c>fig-near</c>, …) and a
/// <c>data-id</c>, so wwwroot/js/figure.js can move it; the colours of the classes are <see cref="Stylesheet"/>,
/// which a standalone picture carries inside and the pages load as <c>/css/figure.css</c>.
/// </summary>
public static class FigureSvg
{
    private static readonly (Tone Tone, string Stroke, string Fill, string DarkStroke, string DarkFill)[] Colours =
    [
        (Tone.Body, "#2f5d73", "#2f5d73", "#7fb4cc", "#7fb4cc"),
        (Tone.Head, "#f4efe6", "#2f5d73", "#15181c", "#7fb4cc"),
        (Tone.Near, "#1d3f50", "#1d3f50", "#b5dcec", "#b5dcec"),
        (Tone.Far, "#93b4c4", "#93b4c4", "#45677a", "#45677a"),
        (Tone.Face, "none", "#f4efe6", "none", "#15181c"),
        (Tone.Floor, "#a89c84", "#efe9dd", "#5d5546", "#24282e"),
        (Tone.Mat, "#5f8f74", "#9cc3a9", "#5f8f74", "#2f4a3a"),
        (Tone.Wall, "#a89c84", "#ddd5c5", "#5d5546", "#2b3038"),
        (Tone.Pane, "#a89c84", "none", "#7d7563", "none"),
        (Tone.Chair, "#8a6d4b", "#c9b08d", "#b08d62", "#5a4630"),
        (Tone.Ball, "#9c3b25", "#e0673f", "#f08a62", "#e0673f"),
    ];

    /// <summary>The colours of every tone, light and dark.</summary>
    public static string Stylesheet { get; } = BuildStylesheet();

    /// <summary>
    /// The whole SVG element. <paramref name="label"/> is its text alternative; <paramref name="standalone"/> adds the
    /// XML namespace and the colours a file needs (a page gives them with /css/figure.css).
    /// </summary>
    public static string Write(Sketch sketch, string label, bool standalone, string? cssClass = null)
    {
        var text = new StringBuilder();
        var box = string.Join(' ', sketch.ViewBox.Select(Number));
        text.Append("<svg");
        if (standalone)
        {
            text.Append(" xmlns=\"http://www.w3.org/2000/svg\"");
        }
        text.Append($" viewBox=\"{box}\" role=\"img\" aria-label=\"{Encode(label)}\"");
        text.Append($" class=\"figure{(cssClass is null ? "" : " " + Encode(cssClass))}\"");
        text.Append($"><title>{Encode(label)}</title>");
        if (standalone)
        {
            text.Append("<style>").Append(Stylesheet).Append("</style>");
        }
        foreach (var item in sketch.Items)
        {
            text.Append(Element(sketch, item));
        }
        text.Append("</svg>");
        return text.ToString();
    }

    /// <summary>The class of an item of a tone.</summary>
    public static string ClassOf(Tone tone) => "fig-" + tone.ToString().ToLowerInvariant();

    private static string Element(Sketch sketch, SketchItem item)
    {
        var common = $"data-id=\"{item.Id}\" class=\"{ClassOf(item.Tone)}\"";
        var at = (int i) => sketch.Points[item.Points[i]];
        return item.Shape switch
        {
            Shape.Line => $"<line {common} x1=\"{Number(at(0)[0])}\" y1=\"{Number(at(0)[1])}\" x2=\"{Number(at(1)[0])}\" y2=\"{Number(at(1)[1])}\" stroke-width=\"{Number(item.Size)}\"/>",
            Shape.Circle => $"<circle {common} cx=\"{Number(at(0)[0])}\" cy=\"{Number(at(0)[1])}\" r=\"{Number(item.Size)}\"/>",
            _ => $"<polygon {common} points=\"{string.Join(' ', item.Points.Select(p => $"{Number(sketch.Points[p][0])},{Number(sketch.Points[p][1])}"))}\" stroke-width=\"{Number(item.Size)}\"/>",
        };
    }

    private static string BuildStylesheet()
    {
        var text = new StringBuilder(".figure line{stroke-linecap:round}.figure polygon{stroke-linejoin:round}.figure .fig-head{stroke-width:3px;paint-order:stroke}");
        foreach (var (tone, stroke, fill, _, _) in Colours)
        {
            text.Append($".figure .{ClassOf(tone)}{{stroke:{stroke};fill:{fill}}}");
        }
        text.Append("@media (prefers-color-scheme:dark){");
        foreach (var (tone, _, _, stroke, fill) in Colours)
        {
            text.Append($".figure .{ClassOf(tone)}{{stroke:{stroke};fill:{fill}}}");
        }
        return text.Append('}').ToString();
    }

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
