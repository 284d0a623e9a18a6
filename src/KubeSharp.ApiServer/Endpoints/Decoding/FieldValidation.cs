namespace KubeSharp.ApiServer.Endpoints.Decoding;

/// <summary>The <c>fieldValidation</c> directive of a write: what to do with unknown and duplicate fields.</summary>
public enum FieldValidation
{
    /// <summary>Drop them silently.</summary>
    Ignore,

    /// <summary>Drop them and say so in <c>Warning</c> headers (upstream's default when the parameter is absent).</summary>
    Warn,

    /// <summary>Refuse the request with 400 <c>strict decoding error: …</c> (kubectl's default).</summary>
    Strict,
}
