import Testing

@testable import DashboardCore

@Suite("Themes: each role's colour and attributes")
struct ThemeTests {
    @Test("dark is today's colours; light avoids yellow and dim; mono has no colour at all")
    func builtIns() {
        let dark = Theme(.dark)
        #expect(dark.look(.warning) == Look(color: 3))
        #expect(dark.look(.failure) == Look(color: 1))
        #expect(dark.look(.header) == Look(color: 4, reverse: true))
        #expect(dark.look(.muted) == Look(dim: true))
        let light = Theme(.light)
        #expect(light.look(.warning).color == 130, "dark orange, readable on white")
        #expect(Style.allCases.allSatisfy { light.look($0).color != 3 && light.look($0).color != 11 && !light.look($0).dim })
        let contrast = Theme(.highContrast)
        #expect(contrast.look(.failure) == Look(color: 9, bold: true))
        #expect(Style.allCases.allSatisfy { !contrast.look($0).dim })
        let mono = Theme(.mono)
        #expect(Style.allCases.allSatisfy { mono.look($0).color == nil })
        #expect(mono.look(.failure) == Look(bold: true, underline: true))
        #expect(mono.look(.selected).reverse)
    }

    @Test("colors override single roles by name or number; NO_COLOR gives mono")
    func overrides() throws {
        let theme = try Theme(named: "light", colors: ["warning": "bright_magenta", "accent": "33", "ok": "default"], noColor: false)
        #expect(theme.name == .light)
        #expect(theme.look(.warning).color == 13)
        #expect(theme.look(.accent).color == 33)
        #expect(theme.look(.ok).color == nil)
        #expect(theme.look(.banner) == Theme(.light).look(.banner), "the other roles are the theme's")
        #expect(try Theme(named: nil, colors: [:], noColor: false) == Theme(.dark))
        #expect(try Theme(named: "light", colors: ["warning": "red"], noColor: true) == Theme(.mono))
    }

    @Test("unknown theme, style or colour names are one line naming the choices")
    func errors() {
        func message(_ name: String?, _ colors: [String: String]) -> String? {
            do {
                _ = try Theme(named: name, colors: colors, noColor: true)
                return nil
            } catch { return error.message }
        }
        #expect(message("lite", [:]) == #"theme: no theme is called "lite": did you mean "light"? choose dark, light, high-contrast, mono"#)
        #expect(message(nil, ["warn": "red"])?.hasPrefix(#"colors: no style is called "warn": choose normal, muted, header, column_header"#) == true)
        #expect(message(nil, ["warning": "orange"])?.hasPrefix(#"colors.warning: "orange" is not a colour: use black, red"#) == true)
        #expect(message(nil, ["warning": "256"])?.contains("a number 0–255") == true)
    }

    @Test("a 256-colour index on a terminal of 8 colours becomes the nearest of the eight, a grey the terminal's own")
    func fitting() {
        #expect(Look(color: 130).color(fitting: 256) == 130)
        #expect(Look(color: 130).color(fitting: 8) == 1, "dark orange is nearest red")
        #expect(Look(color: 28).color(fitting: 8) == 2)
        #expect(Look(color: 25).color(fitting: 8) == 4)
        #expect(Look(color: 244).color(fitting: 8) == nil, "a grey is the terminal's own colour")
        #expect(Look(color: 11).color(fitting: 8) == 3)
        #expect(Look(color: 11).color(fitting: 16) == 11)
    }
}
