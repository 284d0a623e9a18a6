namespace KubeSharp.Storage.Internal;

/// <summary>Events read back from a backend's history for a watch that fell out of the in-memory log.</summary>
/// <param name="Events">Matching events in revision order.</param>
/// <param name="ScannedTo">Every revision up to this one has been looked at (matching or not).</param>
internal readonly record struct HistoryPage(IReadOnlyList<WatchEvent> Events, long ScannedTo);
