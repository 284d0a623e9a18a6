namespace KubeSharp.Machinery.Patch;

/// <summary>How the API server reports a failed patch, following upstream's patch handler.</summary>
public enum PatchErrorKind
{
    /// <summary>The patch document itself is malformed: 400 BadRequest with the message.</summary>
    BadRequest,

    /// <summary>The patch is well formed but cannot be applied to this object: 422 (upstream's generic server response).</summary>
    Unprocessable,

    /// <summary>A failure upstream does not classify (surfaces as a 500 with the message).</summary>
    Internal,
}
