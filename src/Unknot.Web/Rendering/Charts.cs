using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using Unknot.Progress;

namespace Unknot.Web.Rendering;

/// <summary>Server-rendered SVG charts: no script, scale with the page, readable in light and dark themes.</summary>
public static class Charts
{
    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Bars of minutes per day.</summary>
    public static HtmlString MinutesPerDay(IReadOnlyList<DayMinutes> days)
    {
        const int width = 560, height = 180, left = 30, bottom = 24, top = 10;
        var max = Math.Max(5, Math.Ceiling(days.Select(d => d.Minutes).DefaultIfEmpty(0).Max()));
        var slot = (width - left) / (double)Math.Max(1, days.Count);
        var svg = Start(width, height, $"Minutes stretched per day over the last {days.Count} days");
        svg.Append($"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width}\" y2=\"{height - bottom}\" stroke=\"currentColor\" stroke-opacity=\".3\"/>");
        svg.Append($"<text x=\"0\" y=\"{top + 10}\">{N(max)}</text><text x=\"0\" y=\"{height - bottom}\">0</text>");
        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            var h = (height - bottom - top) * d.Minutes / max;
            var x = left + i * slot + slot * 0.15;
            svg.Append($"<rect class=\"bar\" x=\"{N(x)}\" y=\"{N(height - bottom - h)}\" width=\"{N(slot * 0.7)}\" height=\"{N(h)}\" fill=\"var(--accent)\"><title>{d.Day:ddd d MMM}: {Text.Durations.Minutes(d.Minutes)}</title></rect>");
            svg.Append($"<text x=\"{N(x)}\" y=\"{height - 8}\">{d.Day.Day}</text>");
        }
        return End(svg);
    }

    /// <summary>Pain before (dashed) and after (solid) each rated session, 0–10.</summary>
    public static HtmlString Pain(IReadOnlyList<PainPoint> points)
    {
        const int width = 560, height = 180, left = 30, bottom = 20, top = 10;
        var svg = Start(width, height, "Pain before and after each rated session, from 0 to 10");
        svg.Append($"<text x=\"0\" y=\"{top + 10}\">10</text><text x=\"0\" y=\"{height - bottom}\">0</text>");
        if (points.Count == 0)
        {
            svg.Append($"<text x=\"{left}\" y=\"{height / 2}\">No rated sessions yet.</text>");
            return End(svg);
        }
        var step = points.Count == 1 ? 0 : (width - left - 10) / (double)(points.Count - 1);
        double X(int i) => left + 5 + i * step;
        double Y(int score) => top + (height - top - bottom) * (10 - score) / 10.0;
        var before = string.Join(" ", points.Select((p, i) => $"{N(X(i))},{N(Y(p.Before))}"));
        var after = string.Join(" ", points.Select((p, i) => $"{N(X(i))},{N(Y(p.After))}"));
        svg.Append($"<polyline points=\"{before}\" fill=\"none\" stroke=\"#c0504d\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/>");
        svg.Append($"<polyline points=\"{after}\" fill=\"none\" stroke=\"var(--accent)\" stroke-width=\"2\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            svg.Append($"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(points[i].Before))}\" r=\"3.5\" fill=\"none\" stroke=\"#c0504d\" stroke-width=\"1.5\"/>");
            svg.Append($"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(points[i].After))}\" r=\"3.5\" fill=\"var(--accent)\"><title>{points[i].Day:d MMM}: {points[i].Before} → {points[i].After}</title></circle>");
        }
        svg.Append($"<text x=\"{width - 150}\" y=\"{top + 10}\">○ before   ● after</text>");
        return End(svg);
    }

    /// <summary>A calendar of the last weeks, one square per day, filled on days with a completed session.</summary>
    public static HtmlString Calendar(IReadOnlySet<DateOnly> activeDays, DateOnly today, int weeks = 12)
    {
        const int cell = 14, gap = 3, left = 28, top = 4;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(-7 * (weeks - 1));
        var width = left + weeks * (cell + gap);
        var height = top + 7 * (cell + gap);
        var svg = Start(width, height, $"Days with a completed session over the last {weeks} weeks", "chart calendar");
        string[] names = ["Mon", "", "Wed", "", "Fri", "", "Sun"];
        for (var row = 0; row < 7; row++)
        {
            svg.Append($"<text x=\"0\" y=\"{top + row * (cell + gap) + 11}\">{names[row]}</text>");
        }
        for (var week = 0; week < weeks; week++)
        {
            for (var row = 0; row < 7; row++)
            {
                var day = monday.AddDays(week * 7 + row);
                if (day > today)
                {
                    continue;
                }
                var active = activeDays.Contains(day);
                svg.Append($"<rect x=\"{left + week * (cell + gap)}\" y=\"{top + row * (cell + gap)}\" width=\"{cell}\" height=\"{cell}\" rx=\"3\" fill=\"{(active ? "var(--accent)" : "var(--ring-track)")}\" data-day=\"{day:yyyy-MM-dd}\"{(active ? " data-active=\"true\"" : "")}><title>{day:ddd d MMM}{(active ? ": stretched" : "")}</title></rect>");
            }
        }
        return End(svg);
    }

    private static StringBuilder Start(int width, int height, string label, string css = "chart") =>
        new StringBuilder().Append($"<svg class=\"{css}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" xmlns=\"http://www.w3.org/2000/svg\">");

    private static HtmlString End(StringBuilder svg) => new(svg.Append("</svg>").ToString());
}
