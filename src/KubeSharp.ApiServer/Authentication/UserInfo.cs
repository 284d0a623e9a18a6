namespace KubeSharp.ApiServer.Authentication;

/// <summary>Who made a request (upstream's <c>user.Info</c>): name, uid, groups and extra attributes.</summary>
public sealed record UserInfo(string Name, string Uid, IReadOnlyList<string> Groups)
{
    /// <summary>Every authenticated user is in this group (upstream's <c>user.AllAuthenticated</c>).</summary>
    public const string AllAuthenticated = "system:authenticated";

    /// <summary>The group of requests without credentials (upstream's <c>user.AllUnauthenticated</c>).</summary>
    public const string AllUnauthenticated = "system:unauthenticated";

    /// <summary>The name given to requests without credentials.</summary>
    public const string Anonymous = "system:anonymous";

    public static readonly UserInfo AnonymousUser = new(Anonymous, "", [AllUnauthenticated]);

    public bool IsAnonymous => Name == Anonymous;

    /// <summary>Returns this user with <see cref="AllAuthenticated"/> added, as upstream's group adder does.</summary>
    public UserInfo WithAuthenticatedGroup() =>
        Groups.Contains(AllAuthenticated) ? this : this with { Groups = [.. Groups, AllAuthenticated] };
}
