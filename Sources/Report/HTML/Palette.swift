import EntenteModel

/// The colours of every chart: Okabe and Ito's palette, which readers with any common colour-vision deficiency
/// tell apart, and ink dark enough for text on white (contrast ≥ 7:1).
///
/// Colour is never the only carrier: quad classes also differ by lane and by shape, shifts by label and arrow,
/// hypothetical events by an open, dashed mark.
public enum Palette {
    /// Text and axes: contrast 16:1 on white.
    public static let ink = "#1a1a1a"
    /// Secondary text and grid labels: contrast 7:1 on white.
    public static let muted = "#595959"
    /// Grid lines and volume bars.
    public static let grid = "#d0d0d0"
    public static let volume = "#8c8c8c"
    /// The cooperation index line and its interval band (blue).
    public static let index = "#0072B2"
    /// Engagement's line and band (reddish purple): contrast 3:1 on white.
    public static let engagement = "#CC79A7"
    /// Hostility's line (orange, dashed: colour is not its only mark).
    public static let hostility = "#E69F00"
    /// Shifts up: rapprochement, thaw, intensification (bluish green); down: estrangement, crisis, disengagement
    /// (vermillion).
    public static let rapprochement = "#009E73"
    public static let estrangement = "#D55E00"
    /// Positive, negative and neutral ties in triangle diagrams.
    public static let positive = "#009E73"
    public static let negative = "#D55E00"
    public static let neutral = "#8c8c8c"

    /// The colour of a quad class: blue and bluish green for cooperation, orange and vermillion for conflict.
    public static func color(of quadClass: QuadClass) -> String {
        switch quadClass {
        case .verbalCooperation: "#0072B2"
        case .materialCooperation: "#009E73"
        case .verbalConflict: "#E69F00"
        case .materialConflict: "#D55E00"
        }
    }

    /// A short name for a quad class's lane.
    public static func label(of quadClass: QuadClass) -> String {
        switch quadClass {
        case .verbalCooperation: "verbal coop."
        case .materialCooperation: "material coop."
        case .verbalConflict: "verbal conflict"
        case .materialConflict: "material conflict"
        }
    }
}
