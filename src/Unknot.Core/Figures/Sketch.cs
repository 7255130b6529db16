namespace Unknot.Figures;

/// <summary>How a <see cref="SketchItem"/> is drawn.</summary>
public enum Shape
{
    /// <summary>A thick stroke from its first point to its second, rounded at the ends.</summary>
    Line,

    /// <summary>A disc around its one point, <see cref="SketchItem.Size"/> its radius.</summary>
    Circle,

    /// <summary>A filled outline through its points.</summary>
    Area,
}

/// <summary>What colour family an item takes: the body, the limbs nearer or farther from the viewer, props.</summary>
public enum Tone
{
    /// <summary>Trunk and neck, and the ears and nose of the head.</summary>
    Body,

    /// <summary>The head: the body's colour ringed by a thin line of the background's, so it stands out against the body behind it.</summary>
    Head,

    /// <summary>A limb on the side nearer the viewer.</summary>
    Near,

    /// <summary>A limb on the side farther from the viewer, drawn lighter.</summary>
    Far,

    /// <summary>The eyes, which show which way the face points and how the head is tipped.</summary>
    Face,

    /// <summary>The floor.</summary>
    Floor,

    /// <summary>A mat.</summary>
    Mat,

    /// <summary>A wall behind the figure, as seen.</summary>
    Wall,

    /// <summary>A wall between the viewer and the figure: drawn as an outline only, so the figure shows through.</summary>
    Pane,

    /// <summary>A chair.</summary>
    Chair,

    /// <summary>A lacrosse ball.</summary>
    Ball,
}

/// <summary>One thing to draw: a body part or a prop.</summary>
/// <param name="Id">Stable across poses (<c>left-forearm</c>, <c>side:head</c> with two views), so an animation can match items.</param>
/// <param name="Shape">Line, circle or area.</param>
/// <param name="Points">Indices into <see cref="Sketch.Points"/>.</param>
/// <param name="Size">Stroke width of a line or an area's outline, radius of a circle; 0 hides it.</param>
/// <param name="Tone">Its colour family.</param>
public sealed record SketchItem(string Id, Shape Shape, IReadOnlyList<int> Points, double Size, Tone Tone);

/// <summary>
/// One pose of a figure flattened for drawing, in SVG coordinates (y down): the points, which point each hangs
/// from (so an animation can swing a limb around its joint rather than slide it), and the items from the farthest
/// to the nearest. Every sketch of one figure has the same points, parents and items, in the same view box.
/// </summary>
/// <param name="ViewBox">x, y, width, height.</param>
/// <param name="Points">x and y of each point.</param>
/// <param name="Parents">For each point, the index of the point it hangs from, or -1.</param>
/// <param name="Items">What to draw, back to front.</param>
public sealed record Sketch(IReadOnlyList<double> ViewBox, IReadOnlyList<IReadOnlyList<double>> Points, IReadOnlyList<int> Parents, IReadOnlyList<SketchItem> Items);
