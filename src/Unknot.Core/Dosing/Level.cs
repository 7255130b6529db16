namespace Unknot.Dosing;

/// <summary>How far into each range a routine is played.</summary>
public enum Level
{
    /// <summary>The low end of every range.</summary>
    Gentle,

    /// <summary>The middle of every range.</summary>
    Standard,

    /// <summary>The high end of every range.</summary>
    Deep,
}
