using System.Globalization;
using System.Net;
using System.Text;

namespace Unknot.Figures;

/// <summary>
/// Writes a <see cref="Sketch"/> as SVG. Colours are presentation attributes, so the picture stands alone (as a file
/// or an image); each element also has a class (<c>fig-near</c>, …) and a <c>data-id</c>, so a page can restyle it
/// and wwwroot/js/figure.js can move it.
/// </summary>
public static class FigureSvg
{
    private static readonly Dictionary<Tone, (string Stroke, string Fill)> Colours = new()
    {
        [Tone.Body] = ("#2f5d73", "#2f5d73"),
        [Tone.Near] = ("#1d3f50", "#1d3f50"),
        [Tone.Far] = ("#93b4c4", "#93b4c4"),
        [Tone.Face] = ("none", "#f4efe6"),
        [Tone.Floor] = ("#a89c84", "#efe9dd"),
        [Tone.Mat] = ("#5f8f74", "#9cc3a9"),
        [Tone.Wall] = ("#a89c84", "#ddd5c5"),
        [Tone.Pane] = ("#a89c84", "none"),
        [Tone.Chair] = ("#8a6d4b", "#c9b08d"),
        [Tone.Ball] = ("#9c3b25", "#e0673f"),
    };

    /// <summary>
    /// The whole SVG element. <paramref name="label"/> is its text alternative; <paramref name="standalone"/> adds the
    /// XML namespace a file needs (an inline SVG in a page does not).
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
        if (cssClass is not null)
        {
            text.Append($" class=\"{Encode(cssClass)}\"");
        }
        text.Append($"><title>{Encode(label)}</title>");
        foreach (var item in sketch.Items)
        {
            text.Append(Element(sketch, item));
        }
        text.Append("</svg>");
        return text.ToString();
    }

    private static string Element(Sketch sketch, SketchItem item)
    {
        var (stroke, fill) = Colours[item.Tone];
        var common = $"data-id=\"{item.Id}\" class=\"fig-{item.Tone.ToString().ToLowerInvariant()}\"";
        var at = (int i) => sketch.Points[item.Points[i]];
        return item.Shape switch
        {
            Shape.Line => $"<line {common} x1=\"{Number(at(0)[0])}\" y1=\"{Number(at(0)[1])}\" x2=\"{Number(at(1)[0])}\" y2=\"{Number(at(1)[1])}\" " +
                          $"stroke=\"{stroke}\" stroke-width=\"{Number(item.Size)}\" stroke-linecap=\"round\"/>",
            Shape.Circle => $"<circle {common} cx=\"{Number(at(0)[0])}\" cy=\"{Number(at(0)[1])}\" r=\"{Number(item.Size)}\" fill=\"{fill}\"/>",
            _ => $"<polygon {common} points=\"{string.Join(' ', item.Points.Select(p => $"{Number(sketch.Points[p][0])},{Number(sketch.Points[p][1])}"))}\" " +
                 $"fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{Number(item.Size)}\" stroke-linejoin=\"round\"/>",
        };
    }

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
