namespace KubeSharp.Api.Meta.V1;

/// <summary>Values of <see cref="WatchEvent.Type"/> (upstream's watch.EventType).</summary>
public static class WatchEventType
{
    public const string Added = "ADDED";
    public const string Modified = "MODIFIED";
    public const string Deleted = "DELETED";
    public const string Bookmark = "BOOKMARK";
    public const string Error = "ERROR";
}
