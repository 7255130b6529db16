namespace Unknot.Storage.Exchange;

/// <summary>An import file was refused: the message names the JSON path of the first problem. Nothing was written.</summary>
public sealed class ImportException(string message) : Exception(message);
