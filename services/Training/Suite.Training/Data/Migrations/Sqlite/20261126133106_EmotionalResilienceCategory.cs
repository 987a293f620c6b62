using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Training.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmotionalResilienceCategory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The category was renamed to the wording; categories are stored by name.
            migrationBuilder.Sql("UPDATE Courses SET Category = 'SoftSkillsAndEmotionalResilience' WHERE Category = 'SoftSkillsAndResilience';");
            migrationBuilder.Sql("UPDATE RolePlayScenarios SET Category = 'SoftSkillsAndEmotionalResilience' WHERE Category = 'SoftSkillsAndResilience';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE Courses SET Category = 'SoftSkillsAndResilience' WHERE Category = 'SoftSkillsAndEmotionalResilience';");
            migrationBuilder.Sql("UPDATE RolePlayScenarios SET Category = 'SoftSkillsAndResilience' WHERE Category = 'SoftSkillsAndEmotionalResilience';");
        }
    }
}
