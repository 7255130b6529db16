namespace Unknot.Storage;

/// <summary>The database cannot be used as it is: newer than this program, not a database, unreadable. The message says which.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
