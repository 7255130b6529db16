namespace Unknot.Catalog;

/// <summary>Where an exercise comes from: the article, its author, the expert quoted and what they recommended.</summary>
public sealed record Source(string Article, string Author, string Expert, string Said);
