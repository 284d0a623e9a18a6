namespace KubeSharp.ApiServer.Registry;

/// <summary>The <c>type</c> of a watch event, upstream's spelling.</summary>
public static class WatchEventTypes
{
    public const string Added = "ADDED";
    public const string Modified = "MODIFIED";
    public const string Deleted = "DELETED";
    public const string Bookmark = "BOOKMARK";
    public const string Error = "ERROR";
}
